namespace Bastion.Analytics.Reports.Html;

/// <summary>The tear sheet's inline stylesheet and script (no external resources: the file works offline).</summary>
internal static class TearSheetStyle
{
    public static readonly string[] Palette = ["#1f4e79", "#c55a11", "#2e7d32", "#7b1fa2", "#00838f", "#b8860b"];

    public const string BenchmarkColor = "#6b7280";

    public const string Css = """
        :root { --ink:#1d2733; --muted:#5f6b7a; --rule:#d9dee5; --soft:#f4f6f9; --accent:#1f4e79; }
        * { box-sizing: border-box; }
        body { margin:0; background:#eef1f5; color:var(--ink); font:13px/1.45 "Inter","Segoe UI","Helvetica Neue",Arial,sans-serif; }
        main { max-width:1080px; margin:24px auto; background:#fff; padding:32px 40px 40px; box-shadow:0 1px 3px rgba(0,0,0,.08); }
        header { border-bottom:3px solid var(--accent); padding-bottom:14px; margin-bottom:8px; }
        h1 { font-size:24px; margin:0 0 4px; letter-spacing:-.01em; }
        .subtitle { color:var(--muted); font-size:13px; }
        h2 { font-size:16px; margin:30px 0 10px; padding-bottom:6px; border-bottom:1px solid var(--rule); color:var(--accent); text-transform:uppercase; letter-spacing:.04em; }
        h3 { font-size:13px; margin:18px 0 6px; color:var(--ink); }
        .kpis { display:grid; grid-template-columns:repeat(auto-fit,minmax(220px,1fr)); gap:12px; margin-top:16px; }
        .kpi { border:1px solid var(--rule); border-top:4px solid var(--c); border-radius:4px; padding:10px 14px; }
        .kpi .name { font-weight:600; margin-bottom:6px; }
        .kpi dl { display:grid; grid-template-columns:1fr auto; margin:0; row-gap:2px; }
        .kpi dt { color:var(--muted); } .kpi dd { margin:0; text-align:right; font-variant-numeric:tabular-nums; font-weight:600; }
        table { border-collapse:collapse; width:100%; font-variant-numeric:tabular-nums; }
        th, td { padding:4px 10px; border-bottom:1px solid #eceff3; }
        th { text-align:left; color:var(--muted); font-weight:600; font-size:12px; border-bottom:1px solid var(--rule); }
        td.n, th.n { text-align:right; white-space:nowrap; }
        tr.section td { background:var(--soft); font-weight:600; color:var(--accent); font-size:12px; text-transform:uppercase; letter-spacing:.03em; }
        .neg { color:#b22222; }
        #metrics { width:auto; min-width:62%; } #metrics td:first-child { padding-right:48px; } #metrics td.n, #metrics th.n { min-width:120px; }
        .chart { width:100%; height:auto; display:block; }
        .chart .grid line { stroke:#e6e9ee; stroke-width:1; }
        .chart .tick { fill:var(--muted); font-size:11px; }
        .chart .strong { font-weight:700; }
        .chart .axis { stroke:#9aa4b1; fill:none; stroke-width:1; }
        .chart .zero { stroke:#8a94a3; stroke-width:1; }
        .chart .axis-title { fill:#3a4553; font-size:11.5px; font-weight:600; }
        .chart .series { fill:none; stroke-width:1.6; stroke-linejoin:round; }
        .chart .area { fill-opacity:.10; stroke:none; }
        .chart .legend text { fill:var(--ink); font-size:12px; }
        .chart .cell-text { font-size:11px; font-variant-numeric:tabular-nums; }
        .chart .empty { fill:var(--muted); font-size:13px; }
        .toolbar { float:right; font-size:12px; color:var(--muted); }
        .two { display:grid; grid-template-columns:1fr 1fr; gap:18px; }
        .note { color:var(--muted); font-size:12px; margin:6px 0 0; }
        .scroll { max-height:420px; overflow:auto; border:1px solid var(--rule); }
        footer { margin-top:32px; padding-top:10px; border-top:1px solid var(--rule); color:var(--muted); font-size:11.5px; }
        @media print { body { background:#fff; } main { box-shadow:none; margin:0; } .toolbar { display:none; } }
        """;

    public const string Script = """
        (function () {
          var box = document.getElementById('log-scale');
          if (!box) { return; }
          function apply() {
            document.getElementById('equity-linear').style.display = box.checked ? 'none' : 'block';
            document.getElementById('equity-log').style.display = box.checked ? 'block' : 'none';
          }
          box.addEventListener('change', apply);
          apply();
        })();
        """;
}
