using Microsoft.AspNetCore.Mvc;

namespace Vigil.Server.Features.Export;

/// <summary>
/// A finished export: a temporary file opened for reading that deletes itself when closed, so the response streams
/// it from disk and nothing is held in memory.
/// </summary>
public sealed class ExportFile(Stream content, string fileName, int rows) : IDisposable
{
    public Stream Content { get; } = content;

    public string FileName { get; } = fileName;

    public int Rows { get; } = rows;

    /// <summary>For minimal API endpoints: the response disposes the stream (and so deletes the file).</summary>
    public IResult ToResult() => TypedResults.File(Content, XlsxWriter.ContentType, FileName);

    /// <summary>For Razor Pages.</summary>
    public FileStreamResult ToActionResult() => new(Content, XlsxWriter.ContentType) { FileDownloadName = FileName };

    public void Dispose() => Content.Dispose();
}
