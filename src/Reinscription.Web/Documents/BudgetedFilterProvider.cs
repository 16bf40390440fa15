using System.Buffers;
using System.IO.Compression;
using System.Runtime.InteropServices;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace Reinscription.Web.Documents;

/// <summary>
/// PdfPig's own filters, each measured before it runs: every stream PdfPig reads goes through here, so
/// a stream that would decode to more than the <see cref="InspectionBudget"/> allows is refused before
/// PdfPig allocates a byte of it. Flate, LZW and run-length data are decoded a first time by counting
/// alone (nothing is kept), then PdfPig decodes what was counted; CCITT images are measured by the size
/// they declare. Each call here is also a checkpoint of the budget's time and memory.
/// </summary>
internal sealed class BudgetedFilterProvider(InspectionBudget budget) : IFilterProvider
{
    public IReadOnlyList<IFilter> GetFilters(DictionaryToken dictionary) => Measured(DefaultFilterProvider.Instance.GetFilters(dictionary));

    public IReadOnlyList<IFilter> GetNamedFilters(IReadOnlyList<NameToken> names) => Measured(DefaultFilterProvider.Instance.GetNamedFilters(names));

    public IReadOnlyList<IFilter> GetAllFilters() => Measured(DefaultFilterProvider.Instance.GetAllFilters());

    private List<IFilter> Measured(IReadOnlyList<IFilter> filters)
    {
        budget.Checkpoint();

        // A stream without a filter is read as it is in the file, and costs as much to run as a
        // decoded one: it is measured by a filter that changes nothing.
        return filters.Count == 0 ? [new Unfiltered(budget)] : [.. filters.Select(f => new MeasuredFilter(f, budget))];
    }

    /// <summary>A font program is read on demand; any other stream may hold <see cref="InspectionBudget.StreamBytes"/>.</summary>
    private static long LimitOf(DictionaryToken stream) =>
        stream.Data.ContainsKey("Length1")
        || (stream.Data.GetValueOrDefault("Subtype") is NameToken { Data: "Type1C" or "CIDFontType0C" or "OpenType" })
            ? InspectionBudget.DecodedBytes
            : InspectionBudget.StreamBytes;

    private static int IntOf(DictionaryToken dictionary, string key, int otherwise) =>
        dictionary.Data.GetValueOrDefault(key) is NumericToken number ? number.Int : otherwise;

    private sealed class Unfiltered(InspectionBudget budget) : IFilter
    {
        public bool IsSupported => true;

        public Memory<byte> Decode(Memory<byte> input, DictionaryToken streamDictionary, IFilterProvider filterProvider, int filterIndex)
        {
            budget.Charge(input.Length, input.Length, LimitOf(streamDictionary));
            return input;
        }
    }

    private sealed class MeasuredFilter(IFilter filter, InspectionBudget budget) : IFilter
    {
        public bool IsSupported => filter.IsSupported;

        public Memory<byte> Decode(Memory<byte> input, DictionaryToken streamDictionary, IFilterProvider filterProvider, int filterIndex)
        {
            budget.Checkpoint();
            var limit = LimitOf(streamDictionary);
            var parameters = DecodeParameterResolver.GetFilterParameters(streamDictionary, filterIndex);
            var counted = filter switch
            {
                FlateFilter => CountInflated(input, limit),
                LzwFilter => CountLzw(input.Span, IntOf(parameters, "EarlyChange", 1), limit),
                RunLengthFilter => CountRunLength(input.Span, limit),
                CcittFaxDecodeFilter => ChargeDeclaredImage(streamDictionary, parameters, limit),
                _ => false,
            };

            var decoded = filter.Decode(input, streamDictionary, filterProvider, filterIndex);
            if (!counted)
            {
                // ASCIIHex and ASCII85 at most quadruple their input; PdfPig leaves the JPEG family
                // undecoded. Either way the result may be charged once it exists.
                budget.Charge(decoded.Length, decoded.Length, limit);
            }

            return decoded;
        }

        private bool CountInflated(Memory<byte> input, long limit)
        {
            // Like PdfPig, skip the two bytes of the zlib header, which DeflateStream does not read.
            if (input.Length <= 2)
            {
                return true;
            }

            var compressed = MemoryMarshal.TryGetArray((ReadOnlyMemory<byte>)input[2..], out var segment)
                ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
                : new MemoryStream(input[2..].ToArray(), writable: false);
            using var inflater = new DeflateStream(compressed, CompressionMode.Decompress);
            var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
            try
            {
                long total = 0;
                while (true)
                {
                    int read;
                    try
                    {
                        read = inflater.Read(buffer, 0, buffer.Length);
                    }
                    catch (InvalidDataException)
                    {
                        // Damaged from here: PdfPig keeps at most what came before.
                        return true;
                    }

                    if (read == 0)
                    {
                        return true;
                    }

                    total += read;
                    budget.Charge(read, total, limit);
                }
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }

        /// <summary>
        /// LZW's table entries are only ever one byte longer than an earlier entry, so lengths alone
        /// give the decoded size: no string is built.
        /// </summary>
        private bool CountLzw(ReadOnlySpan<byte> data, int earlyChange, long limit)
        {
            const int Clear = 256, End = 257, FirstEntry = 258, TableSize = 4096;
            Span<int> lengths = stackalloc int[TableSize];
            var (next, width, previous) = (FirstEntry, 9, -1);
            long total = 0, position = 0, bits = data.Length * 8L;
            while (position + width <= bits)
            {
                var code = ReadBits(data, position, width);
                position += width;
                if (code == Clear)
                {
                    (next, width, previous) = (FirstEntry, 9, -1);
                    continue;
                }

                if (code == End)
                {
                    break;
                }

                var previousLength = previous < 0 ? 0 : previous < Clear ? 1 : lengths[previous];
                int length;
                if (code < Clear)
                {
                    length = 1;
                }
                else if (code < next)
                {
                    length = lengths[code];
                }
                else if (previous >= 0)
                {
                    // The entry being defined by this very code.
                    length = previousLength + 1;
                }
                else
                {
                    break;
                }

                total += length;
                budget.Charge(length, total, limit);
                if (previous >= 0 && next < TableSize)
                {
                    lengths[next++] = previousLength + 1;
                }

                previous = code;
                if (next + earlyChange >= 1 << width && width < 12)
                {
                    width++;
                }
            }

            return true;
        }

        private static int ReadBits(ReadOnlySpan<byte> data, long position, int width)
        {
            var value = 0;
            for (var i = 0; i < width; i++, position++)
            {
                value = (value << 1) | ((data[(int)(position >> 3)] >> (7 - (int)(position & 7))) & 1);
            }

            return value;
        }

        private bool CountRunLength(ReadOnlySpan<byte> data, long limit)
        {
            const byte End = 128;
            long total = 0;
            for (var i = 0; i < data.Length && data[i] != End;)
            {
                // Below 128: the next n + 1 bytes as they are; above: the next byte 257 - n times.
                var length = data[i] < End ? data[i] + 1 : 257 - data[i];
                i += data[i] < End ? length + 1 : 2;
                total += length;
                budget.Charge(length, total, limit);
            }

            return true;
        }

        private bool ChargeDeclaredImage(DictionaryToken stream, DictionaryToken parameters, long limit)
        {
            var columns = IntOf(parameters, "Columns", 1728);
            var rows = Math.Max(IntOf(parameters, "Rows", 0), Math.Max(IntOf(stream, "Height", 0), IntOf(stream, "H", 0)));

            // Without a height the decoder runs until the data ends, which says nothing of the size.
            var size = rows > 0 && columns > 0 ? ((columns + 7L) / 8) * rows : limit + 1;
            budget.Charge(size, size, limit);
            return true;
        }
    }
}
