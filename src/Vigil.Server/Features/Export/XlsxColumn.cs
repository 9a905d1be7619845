namespace Vigil.Server.Features.Export;

/// <summary>A column of an exported list: its header, width in characters and how a row gives its cell.</summary>
public sealed record XlsxColumn<T>(string Header, double Width, Func<T, XlsxValue> Value);
