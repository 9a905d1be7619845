using System.Globalization;
using Microsoft.Extensions.Localization;
using Vigil.Domain.Common;

namespace Vigil.Server.Pages;

/// <summary>What a page tells the person after a post: success, errors, or a secret shown once.</summary>
public sealed class PageMessages
{
    public string? Success { get; set; }

    public List<string> Errors { get; } = [];

    public string? Secret { get; set; }

    public string? SecretLabel { get; set; }

    /// <summary>
    /// Shows a use-case error with its location, so bad input is pointed at precisely. In Vietnamese, the text for
    /// the error code comes from the resources ("Error.&lt;code&gt;") when there is one; the English message of the
    /// use case (which carries the specific values) follows it.
    /// </summary>
    public void Add(Error error, IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(text);
        var message = error.Message;
        if (CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "vi" && text["Error." + error.Code] is { ResourceNotFound: false } vi)
        {
            message = $"{vi.Value} ({error.Message})";
        }

        Errors.Add(error.Location is null ? message : $"{error.Location}: {message}");
    }
}
