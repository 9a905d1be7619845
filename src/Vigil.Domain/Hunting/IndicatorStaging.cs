using System.Text;
using Vigil.Domain.Indicators;

namespace Vigil.Domain.Hunting;

/// <summary>
/// The indicators of a build, held compactly until the matcher's tables can be allocated at their final size: values
/// as UTF-8 in 64 KiB pages, one 12-byte record per indicator in pages of the same size, and per type the count and
/// byte total. Tables grown by doubling while a million indicators stream in leave their old arrays behind on the
/// large-object heap, which the collector does not compact, and that garbage was a third of the peak; pages this small
/// stay on the ordinary heap.
/// </summary>
internal sealed class IndicatorStaging
{
    private const int PageBytes = 64 << 10;
    private const int RecordsPerPage = 4096;
    private const int MaxValueBytes = 8 * IndicatorValues.MaxValueLength;

    private readonly List<byte[]> _bytes = [];
    private readonly List<Record[]> _records = [];
    private readonly int[] _counts = new int[TypeSlots];
    private readonly long[] _byteTotals = new long[TypeSlots];
    private int _used = PageBytes;

    private static int TypeSlots => (int)Enum.GetValues<IndicatorType>().Max() + 1;

    public int Count { get; private set; }

    public int CountOf(IndicatorType type) => _counts[(int)type];

    public long BytesOf(IndicatorType type) => _byteTotals[(int)type];

    public void Add(Indicator indicator)
    {
        var value = indicator.Value.Value;
        var length = Encoding.UTF8.GetByteCount(value);
        if (length > MaxValueBytes)
        {
            throw new ArgumentException($"An indicator value of {length} bytes is longer than any indicator can be.", nameof(indicator));
        }

        if (_used + length > PageBytes)
        {
            _bytes.Add(new byte[PageBytes]);
            _used = 0;
        }

        Encoding.UTF8.GetBytes(value, _bytes[^1].AsSpan(_used));
        if (Count % RecordsPerPage == 0)
        {
            _records.Add(new Record[RecordsPerPage]);
        }

        var type = indicator.Value.Type;
        _records[^1][Count % RecordsPerPage] = new Record(type, indicator.Action, indicator.AlertOnlyPinned, _bytes.Count - 1, _used, length);
        _used += length;
        _counts[(int)type]++;
        _byteTotals[(int)type] += length;
        Count++;
    }

    /// <summary>Every indicator in the order added, its value as a string again (short-lived, so cheap to collect).</summary>
    public IEnumerable<(IndicatorType Type, string Value, IndicatorAction Action, bool Pinned)> Entries()
    {
        for (var i = 0; i < Count; i++)
        {
            var record = _records[i / RecordsPerPage][i % RecordsPerPage];
            var value = Encoding.UTF8.GetString(_bytes[record.Page], record.Offset, record.Length);
            yield return (record.Type, value, record.Action, record.Pinned);
        }
    }

    /// <summary>One indicator in 12 bytes: where its value lies in the pages, its type and its action.</summary>
    private readonly struct Record(IndicatorType type, IndicatorAction action, bool pinned, int page, int offset, int length)
    {
        private readonly byte _type = (byte)type;
        private readonly byte _action = (byte)action;
        private readonly ushort _offset = (ushort)offset;
        private readonly ushort _length = (ushort)length;

        public IndicatorType Type => (IndicatorType)_type;

        public IndicatorAction Action => (IndicatorAction)_action;

        public bool Pinned { get; } = pinned;

        public int Page { get; } = page;

        public int Offset => _offset;

        public int Length => _length;
    }
}
