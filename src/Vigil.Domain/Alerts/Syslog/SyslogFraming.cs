namespace Vigil.Domain.Alerts.Syslog;

/// <summary>
/// Splits a TCP syslog byte stream into messages: RFC 6587 octet counting ("LEN SP MSG", chosen when a frame starts
/// with a digit) or non-transparent framing (a message per line, LF or NUL ending it, CR before it dropped).
/// </summary>
public static class SyslogFraming
{
    public enum Outcome
    {
        /// <summary>Not a whole frame yet: read more.</summary>
        NeedMore = 0,
        Frame = 1,

        /// <summary>A frame longer than the limit or an unreadable length: the connection should be closed.</summary>
        Broken = 2,
    }

    /// <summary>Finds the next frame at the start of <paramref name="buffer"/>; <paramref name="consumed"/> covers it and its framing.</summary>
    public static Outcome Next(ReadOnlySpan<byte> buffer, int maxMessage, out Range frame, out int consumed)
    {
        frame = default;
        consumed = 0;
        if (buffer.IsEmpty)
        {
            return Outcome.NeedMore;
        }

        if (buffer[0] is >= (byte)'1' and <= (byte)'9')
        {
            var space = buffer.IndexOf((byte)' ');
            if (space < 0)
            {
                return buffer.Length > 10 ? Outcome.Broken : Outcome.NeedMore;
            }

            long length = 0;
            foreach (var digit in buffer[..space])
            {
                if (digit is < (byte)'0' or > (byte)'9' || (length = length * 10 + (digit - '0')) > maxMessage)
                {
                    return Outcome.Broken;
                }
            }

            if (buffer.Length - space - 1 < length)
            {
                return Outcome.NeedMore;
            }

            frame = new Range(space + 1, space + 1 + (int)length);
            consumed = space + 1 + (int)length;
            return Outcome.Frame;
        }

        var end = buffer.IndexOfAny((byte)'\n', (byte)0);
        if (end < 0 || end > maxMessage)
        {
            return end > maxMessage || buffer.Length > maxMessage ? Outcome.Broken : Outcome.NeedMore;
        }

        var stop = end > 0 && buffer[end - 1] == (byte)'\r' ? end - 1 : end;
        frame = new Range(0, stop);
        consumed = end + 1;
        return Outcome.Frame;
    }
}
