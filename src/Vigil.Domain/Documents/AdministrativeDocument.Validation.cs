using System.Globalization;
using Vigil.Domain.Common;

namespace Vigil.Domain.Documents;

public sealed partial record AdministrativeDocument
{
    /// <summary>
    /// Every problem that would make the document unfit to issue, each with its code and the field it concerns
    /// (e.g. <c>body[2].rows[4]</c>); empty when the document can be written.
    /// </summary>
    public IReadOnlyList<Error> Validate()
    {
        var errors = new List<Error>();
        Text(errors, ParentBody, "parentBody");
        Required(errors, IssuingBody, "issuingBody", DocumentErrors.IssuingBodyMissing, "The issuing body is missing.");
        ValidateNumber(errors);
        Required(errors, Place, "place", DocumentErrors.PlaceMissing, "The place of issue is missing.");
        if (Date == default)
        {
            errors.Add(Error.Validation(DocumentErrors.DateMissing, "The date of issue is missing.", "date"));
        }

        ValidateKind(errors);
        ValidateAddressees(errors);
        ValidateBody(errors);
        ValidateDistribution(errors);
        ValidateSignature(errors);
        return errors;
    }

    /// <summary>Validates; several problems become one error carrying the first one's code and place.</summary>
    public Error? FirstProblem()
    {
        var errors = Validate();
        if (errors.Count <= 1)
        {
            return errors.Count == 0 ? null : errors[0];
        }

        var first = errors[0];
        var message = string.Create(CultureInfo.InvariantCulture, $"{first.Message} (and {errors.Count - 1} more problems: {string.Join(" ", errors.Skip(1).Select(e => e.Message))})");
        return Error.Validation(first.Code, message, first.Location);
    }

    private void ValidateNumber(List<Error> errors)
    {
        if (Number is null)
        {
            errors.Add(Error.Validation(DocumentErrors.NumberMissing, "The number and symbol are missing.", "number"));
            return;
        }

        if (Number.Sequence is <= 0)
        {
            errors.Add(Error.Validation(DocumentErrors.NumberInvalid, "The number must be positive; leave it empty for a draft.", "number.sequence"));
        }

        if (Required(errors, Number.Symbol, "number.symbol", DocumentErrors.SymbolMissing, "The symbol (e.g. BC-SKHCN) is missing.")
            && Number.Symbol.Any(c => char.IsWhiteSpace(c) || c == '/'))
        {
            // Phụ lục I, Mục II, khoản 3, điểm c: the groups of a symbol are joined by hyphens without spaces.
            errors.Add(Error.Validation(DocumentErrors.SymbolInvalid, $"The symbol '{Number.Symbol}' may not contain spaces or '/'; join its groups with '-'.", "number.symbol"));
        }
    }

    private void ValidateKind(List<Error> errors)
    {
        switch (Kind)
        {
            case null:
                errors.Add(Error.Validation(DocumentErrors.KindMissing, "Say whether this is a titled document (e.g. BÁO CÁO) or a letter.", "kind"));
                break;
            case TitledDocument titled:
                Required(errors, titled.TypeName, "kind.typeName", DocumentErrors.TypeNameMissing, "The type name (e.g. BÁO CÁO) is missing.");
                Required(errors, titled.Subject, "kind.subject", DocumentErrors.SubjectMissing, "The subject is missing.");
                break;
            default:
                Required(errors, Kind.Subject, "kind.subject", DocumentErrors.SubjectMissing, "The subject of the letter (after V/v) is missing.");
                break;
        }
    }

    private void ValidateAddressees(List<Error> errors)
    {
        if (Kind is OfficialLetter && Addressees.Count == 0)
        {
            // Phụ lục I, Mục II, khoản 9, điểm b: a letter names who it is for after "Kính gửi".
            errors.Add(Error.Validation(DocumentErrors.AddresseeMissing, "A letter needs at least one addressee (Kính gửi).", "addressees"));
        }

        for (var i = 0; i < Addressees.Count; i++)
        {
            Required(errors, Addressees[i], $"addressees[{i}]", DocumentErrors.AddresseeEmpty, $"Addressee {i + 1} is empty.");
        }
    }

    private void ValidateBody(List<Error> errors)
    {
        if (Body.Count == 0)
        {
            errors.Add(Error.Validation(DocumentErrors.BodyEmpty, "The body has no content.", "body"));
        }

        for (var i = 0; i < Body.Count; i++)
        {
            var at = $"body[{i}]";
            switch (Body[i])
            {
                case BodyParagraph paragraph:
                    if (string.IsNullOrWhiteSpace(paragraph.Text))
                    {
                        errors.Add(Error.Validation(DocumentErrors.ParagraphEmpty, $"Paragraph {i + 1} of the body is empty.", at));
                    }

                    Text(errors, paragraph.Text, at);
                    break;
                case BodyHeading heading:
                    Required(errors, heading.Text, at, DocumentErrors.HeadingEmpty, $"Heading {i + 1} of the body is empty.");
                    break;
                case BodyTable table:
                    ValidateTable(errors, table, at);
                    break;
                default:
                    // A block type this version does not know how to write is a bug of the caller's build, not input.
                    throw new InvalidOperationException($"Unknown body block {Body[i]?.GetType().Name ?? "null"} at {at}.");
            }
        }
    }

    private static void ValidateTable(List<Error> errors, BodyTable table, string at)
    {
        if (table.Columns.Count == 0)
        {
            errors.Add(Error.Validation(DocumentErrors.TableHasNoColumns, "The table has no columns.", at + ".columns"));
            return;
        }

        for (var c = 0; c < table.Columns.Count; c++)
        {
            if (table.Columns[c].Weight <= 0)
            {
                errors.Add(Error.Validation(DocumentErrors.TableColumnInvalid, $"Column {c + 1} needs a positive width weight.", $"{at}.columns[{c}]"));
            }

            Text(errors, table.Columns[c].Header, $"{at}.columns[{c}]");
        }

        for (var r = 0; r < table.Rows.Count; r++)
        {
            Cells(errors, table.Rows[r], table.Columns.Count, $"{at}.rows[{r}]");
        }

        if (table.Totals is not null)
        {
            Cells(errors, table.Totals, table.Columns.Count, at + ".totals");
        }
    }

    private static void Cells(List<Error> errors, IReadOnlyList<string> cells, int width, string at)
    {
        if (cells.Count != width)
        {
            errors.Add(Error.Validation(DocumentErrors.TableRowWidth, $"The row has {cells.Count} cells; the table has {width} columns.", at));
        }

        for (var c = 0; c < cells.Count; c++)
        {
            Text(errors, cells[c], $"{at}[{c}]");
        }
    }

    private void ValidateDistribution(List<Error> errors)
    {
        if (Distribution.Count == 0)
        {
            errors.Add(Error.Validation(DocumentErrors.DistributionMissing, "The distribution list (Nơi nhận) is empty; it ends with the archive line, e.g. 'Lưu: VT, CNTT'.", "distribution"));
        }

        for (var i = 0; i < Distribution.Count; i++)
        {
            Required(errors, Distribution[i], $"distribution[{i}]", DocumentErrors.DistributionItemEmpty, $"Item {i + 1} of the distribution list is empty.");
        }
    }

    private void ValidateSignature(List<Error> errors)
    {
        if (Signature is null)
        {
            errors.Add(Error.Validation(DocumentErrors.SignerMissing, "The signer is missing.", "signature"));
            return;
        }

        if (Signature.Authority is { } authority)
        {
            Required(errors, authority.Of, "signature.authority", DocumentErrors.SignerAuthorityEmpty, "The signing authority names no body or title (e.g. KT. GIÁM ĐỐC).");
        }

        Required(errors, Signature.Title, "signature.title", DocumentErrors.SignerTitleMissing, "The signer's title is missing.");
        Required(errors, Signature.Name, "signature.name", DocumentErrors.SignerNameMissing, "The signer's name is missing.");
    }

    private static bool Required(List<Error> errors, string? value, string at, string code, string message)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(Error.Validation(code, message, at));
            return false;
        }

        return Text(errors, value, at);
    }

    /// <summary>Control characters cannot be stored in the document's XML, and a stray one is always a mistake.</summary>
    private static bool Text(List<Error> errors, string? value, string at)
    {
        if (value is null)
        {
            return true;
        }

        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var badSurrogate = char.IsHighSurrogate(c) ? i + 1 >= value.Length || !char.IsLowSurrogate(value[++i]) : char.IsLowSurrogate(c);
            if ((char.IsControl(c) && c != '\t') || badSurrogate || c is '\uFFFE' or '\uFFFF')
            {
                errors.Add(Error.Validation(DocumentErrors.TextInvalid, $"The text contains a control or invalid character (U+{(int)c:X4}) at position {i + 1}.", at));
                return false;
            }
        }

        return true;
    }
}
