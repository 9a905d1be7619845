namespace Vigil.Domain.Documents;

/// <summary>The signer: authority (optional), title and name (Phụ lục I, Mục II, khoản 7; boxes 7a–7c).</summary>
/// <param name="Authority">Null when the head signs in person, so only the title is printed.</param>
/// <param name="Title">The signer's own title, e.g. "GIÁM ĐỐC" or "PHÓ GIÁM ĐỐC"; printed in capitals.</param>
/// <param name="Name">Full name without academic titles, e.g. "Nguyễn Văn An".</param>
public sealed record SignatureBlock(SigningAuthority? Authority, string Title, string Name);
