using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using Vigil.Contracts;
using Vigil.Contracts.V1;

namespace Vigil.Cli;

/// <summary>
/// <c>vigil ioc import --server URL --token API_TOKEN [--unit ID] [--source TEXT] [--dry-run] [--strict] FILE…</c>:
/// sends the files to the server's import API (the same one the import wizard uses) and prints the report. Rejected
/// lines fail the run only with --strict; a refused import (a missing override reason, a kill switch) always fails.
/// </summary>
internal static class IocImportCommand
{
    public const string UsageLine = "vigil ioc import --server URL --token API_TOKEN [--unit ID] [--source TEXT] [--dry-run] [--strict] FILE...";

    private sealed record Options(string Server, string Token, string? Unit, string? Source, bool DryRun, bool Strict, List<string> Files);

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, HttpMessageHandler? handler = null)
    {
        if (Parse(args) is not { } options)
        {
            stderr.WriteLine("vigil: usage: " + UsageLine);
            return ExitCodes.Usage;
        }

        return RunAsync(options, stdout, stderr, handler).GetAwaiter().GetResult();
    }

    private static Options? Parse(string[] args)
    {
        string? server = null, token = null, unit = null, source = null;
        bool dryRun = false, strict = false;
        var files = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            var needsValue = args[i] is "--server" or "--token" or "--unit" or "--source";
            if (needsValue && i + 1 >= args.Length)
            {
                return null;
            }

            switch (args[i])
            {
                case "--server": server = args[++i]; break;
                case "--token": token = args[++i]; break;
                case "--unit": unit = args[++i]; break;
                case "--source": source = args[++i]; break;
                case "--dry-run": dryRun = true; break;
                case "--strict": strict = true; break;
                case var f when f.StartsWith('-'): return null;
                default: files.Add(args[i]); break;
            }
        }

        return server is null || token is null || files.Count == 0 || (unit is not null && !Guid.TryParse(unit, out _))
            ? null
            : new Options(server, token, unit, source, dryRun, strict, files);
    }

    private static async Task<int> RunAsync(Options options, TextWriter stdout, TextWriter stderr, HttpMessageHandler? handler)
    {
        using var form = new MultipartFormDataContent();
        foreach (var file in options.Files)
        {
            if (!File.Exists(file))
            {
                stderr.WriteLine($"vigil: {file}: no such file");
                return ExitCodes.InputInvalid;
            }

            form.Add(new ByteArrayContent(await File.ReadAllBytesAsync(file)), "files", Path.GetFileName(file));
        }

        if (options.Unit is not null)
        {
            form.Add(new StringContent(options.Unit), "unitId");
        }

        if (options.Source is not null)
        {
            form.Add(new StringContent(options.Source), "source");
        }

        using var client = handler is null ? new HttpClient() : new HttpClient(handler, disposeHandler: false);
        client.BaseAddress = new Uri(options.Server.TrimEnd('/') + "/");
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", options.Token);
        HttpResponseMessage response;
        try
        {
            response = await client.PostAsync("api/v1/indicators/import" + (options.DryRun ? "?dryRun=true" : ""), form);
        }
        catch (HttpRequestException e)
        {
            stderr.WriteLine($"vigil: {options.Server}: {e.Message}");
            return ExitCodes.InputInvalid;
        }

        using (response)
        {
            var body = await response.Content.ReadAsStringAsync();
            if (!response.IsSuccessStatusCode)
            {
                stderr.WriteLine($"vigil: the server refused the import ({(int)response.StatusCode}): {Problem(body)}");
                return ExitCodes.InputInvalid;
            }

            var result = JsonSerializer.Deserialize(body, VigilJsonContext.Default.ImportResultDto)!;
            Print(result, stdout);
            return options.Strict && result.Rejected > 0 ? ExitCodes.InputInvalid : ExitCodes.Ok;
        }
    }

    private static void Print(ImportResultDto result, TextWriter stdout)
    {
        var c = CultureInfo.InvariantCulture;
        foreach (var file in result.Files)
        {
            stdout.WriteLine(string.Create(c, $"{file.File}: {file.Format}, {file.Imported} imported, {file.Skipped} skipped, {file.Rejected} rejected"));
        }

        foreach (var line in result.Lines.Where(l => l.Outcome == "Rejected"))
        {
            stdout.WriteLine(string.Create(c, $"  rejected {line.File}{(line.Line is null ? "" : ":" + line.Line)}{(line.Path is null ? "" : " " + line.Path)}: {line.Code} {line.Reason} [{line.Raw}]"));
        }

        foreach (var value in result.Values.Where(v => v.Warnings.Count > 0 && !v.Overridden))
        {
            stdout.WriteLine($"  warning {value.Type} {value.Value}: {string.Join("; ", value.Warnings.Select(w => w.Code + (w.Overridable ? "" : " (never blocked)")))}");
        }

        stdout.WriteLine(string.Create(c, $"{result.Created} new, {result.Merged} merged, {result.Flagged} flagged (stored, not enforced until overridden)"));
        stdout.WriteLine(result.Committed ? $"committed as import {result.BatchId}" : "dry run: nothing stored");
    }

    private static string Problem(string body)
    {
        try
        {
            using var doc = JsonDocument.Parse(body);
            var root = doc.RootElement;
            var code = root.TryGetProperty("title", out var t) ? t.GetString() : null;
            var detail = root.TryGetProperty("detail", out var d) ? d.GetString() : null;
            return $"{code}: {detail}";
        }
        catch (JsonException)
        {
            return body.Length > 300 ? body[..300] : body;
        }
    }
}
