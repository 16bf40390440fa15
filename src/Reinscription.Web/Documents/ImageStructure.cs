using System.Buffers.Binary;

namespace Reinscription.Web.Documents;

/// <summary>The pixels an image declares; nothing is decoded to know them.</summary>
internal readonly record struct ImageSize(int Width, int Height)
{
    public long Pixels => (long)Width * Height;
}

/// <summary>
/// Walks the structure of an image far enough to know a viewer can show it: a size, and an end.
/// A file cut short during upload or saving loses its end marker, which is what these catch.
/// </summary>
internal static class ImageStructure
{
    /// <summary>SOI, a frame header with a width and a height, a scan, then EOI; null when one is missing.</summary>
    public static ImageSize? SizeOfCompleteJpeg(ReadOnlySpan<byte> data)
    {
        var position = 2;
        ImageSize? size = null;
        while (position + 4 <= data.Length)
        {
            if (data[position] != 0xFF)
            {
                return null;
            }

            var marker = data[position + 1];
            if (marker == 0xFF)
            {
                // Fill bytes may pad before a marker.
                position++;
                continue;
            }

            if (marker is 0x01 or (>= 0xD0 and <= 0xD7))
            {
                // Markers without a length.
                position += 2;
                continue;
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(data[(position + 2)..]);
            var end = position + 2 + length;
            if (length < 2 || end > data.Length)
            {
                return null;
            }

            if (IsStartOfFrame(marker))
            {
                // Length (2), precision (1), height (2), width (2), components (1).
                if (length < 8)
                {
                    return null;
                }

                var height = BinaryPrimitives.ReadUInt16BigEndian(data[(position + 5)..]);
                var width = BinaryPrimitives.ReadUInt16BigEndian(data[(position + 7)..]);
                size = width > 0 && height > 0 ? new ImageSize(width, height) : null;
            }

            if (marker == 0xDA)
            {
                // In the compressed data a 0xFF byte is always followed by 0x00 or a restart
                // marker, so the first FF D9 after the scan header is the real end of the image.
                // Bytes after it (some phones append data) do not matter.
                return data[end..].IndexOf((ReadOnlySpan<byte>)[0xFF, 0xD9]) >= 0 ? size : null;
            }

            position = end;
        }

        return null;
    }

    /// <summary>Signature, IHDR first with a width and a height, at least one IDAT, then IEND; null when one is missing.</summary>
    public static ImageSize? SizeOfCompletePng(ReadOnlySpan<byte> data)
    {
        const int ChunkOverhead = 12; // length (4), type (4), CRC (4)
        var position = 8;
        ImageSize? size = null;
        var hasData = false;
        while (position + ChunkOverhead <= data.Length)
        {
            var length = BinaryPrimitives.ReadUInt32BigEndian(data[position..]);
            if (length > (uint)(data.Length - position - ChunkOverhead))
            {
                return null;
            }

            var type = data.Slice(position + 4, 4);
            var body = data.Slice(position + 8, (int)length);
            if (position == 8)
            {
                if (!type.SequenceEqual("IHDR"u8) || length != 13)
                {
                    return null;
                }

                // Both are at most 2^31 - 1, so a set top bit is as invalid as zero.
                var width = BinaryPrimitives.ReadInt32BigEndian(body);
                var height = BinaryPrimitives.ReadInt32BigEndian(body[4..]);
                size = width > 0 && height > 0 ? new ImageSize(width, height) : null;
            }
            else if (type.SequenceEqual("IDAT"u8))
            {
                hasData = true;
            }
            else if (type.SequenceEqual("IEND"u8))
            {
                return hasData ? size : null;
            }

            position += ChunkOverhead + (int)length;
        }

        return null;
    }

    // SOF0 to SOF15, except DHT (C4), JPG (C8) and DAC (CC), which share the range.
    private static bool IsStartOfFrame(byte marker) =>
        marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC;
}
