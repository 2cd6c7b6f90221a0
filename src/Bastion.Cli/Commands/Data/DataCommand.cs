using System.CommandLine;
using Bastion.Cli.Infrastructure;

namespace Bastion.Cli.Commands.Data;

/// <summary><c>bastion data</c>: validate price files and generate synthetic markets.</summary>
internal static class DataCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("data", "Price files: validate them, generate synthetic markets.");
        command.Subcommands.Add(ValidateCommand.Create(context));
        command.Subcommands.Add(GenerateCommand.Create(context));
        return command;
    }
}
