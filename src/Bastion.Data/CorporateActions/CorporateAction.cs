namespace Bastion.Data.CorporateActions;

/// <summary>One corporate action, effective at the open of <paramref name="ExDate"/>.</summary>
/// <param name="ExDate">Ex-date: the first trading day on which the price no longer carries the dividend, or trades split.</param>
/// <param name="Type">Split or dividend.</param>
/// <param name="Value">Split ratio (new shares per old) or dividend per share.</param>
public sealed record CorporateAction(DateOnly ExDate, CorporateActionType Type, double Value);
