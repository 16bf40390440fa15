using Reinscription.Domain.Documents;

namespace Reinscription.Domain.Tests.Documents;

public class StoredFileTests
{
    [Fact]
    public void The_size_is_the_length_of_the_content()
    {
        byte[] content = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A];

        var file = new StoredFile("photo.jpg", "image/jpeg", content);

        Assert.Equal(7, file.SizeBytes);
        Assert.Equal("photo.jpg", file.FileName);
        Assert.Equal("image/jpeg", file.ContentType);
        Assert.Same(content, file.Content);
    }

    [Fact]
    public void An_empty_file_has_a_size_of_zero() =>
        Assert.Equal(0, new StoredFile("vide.pdf", "application/pdf", []).SizeBytes);

    [Fact]
    public void A_file_needs_content() =>
        Assert.Throws<ArgumentNullException>(() => new StoredFile("a.pdf", "application/pdf", null!));

    [Theory]
    [InlineData("", "application/pdf")]
    [InlineData("a.pdf", " ")]
    public void A_file_needs_a_name_and_a_content_type(string fileName, string contentType) =>
        Assert.ThrowsAny<ArgumentException>(() => new StoredFile(fileName, contentType, [1]));
}
