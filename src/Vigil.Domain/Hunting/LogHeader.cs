namespace Vigil.Domain.Hunting;

/// <summary>
/// What a columnar log declares in its header and the rest of the file needs: the column names (Zeek "#fields",
/// Windows Firewall "#Fields:") and the separator. Read once from the start of the file.
/// </summary>
public sealed record LogHeader(IReadOnlyList<string> Fields, byte Separator)
{
    public static readonly LogHeader None = new([], (byte)' ');

    public int IndexOf(string field)
    {
        for (var i = 0; i < Fields.Count; i++)
        {
            if (Fields[i] == field)
            {
                return i;
            }
        }

        return -1;
    }
}
