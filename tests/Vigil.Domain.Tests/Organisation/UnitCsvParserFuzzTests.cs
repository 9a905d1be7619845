using System.Text;
using Vigil.Domain.Organisation.Import;

namespace Vigil.Domain.Tests.Organisation;

/// <summary>Seeded, so a failure reproduces: random bytes and mutations of a valid file must never throw.</summary>
public class UnitCsvParserFuzzTests
{
    private static readonly byte[] Seed = Encoding.UTF8.GetBytes(
        "\uFEFFcode;name;parent_code;kind;former_district;time_zone;contact_email;address\r\n" +
        "LS;Tỉnh Lạng Sơn;;tỉnh;;Asia/Ho_Chi_Minh;;\r\n" +
        "LS-LOCBINH;Xã Lộc Bình;LS;xã;Huyện Lộc Bình;;vp@locbinh.langson.gov.vn;\"Khu 1; \"\"Lộc Bình\"\"\nLạng Sơn\"\r\n" +
        "LS-LOCBINH-MN;Trường Mầm non Lộc Bình;LS-LOCBINH;Trường;;;;\r\n");

    private static readonly FuzzBytes Inputs = new("\",;\r\n\uFEFF \t@/-"u8.ToArray().Concat(new byte[] { 0x00, 0xC3, 0xA0, 0xE1, 0xBA, 0xA3, 0xFF, 0x80 }).ToArray(), MaxRandomLength: 400, MaxMutations: 8, MaxRemoved: 20, MaxDuplicated: 120);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Random_and_mutated_input_never_throws_and_errors_carry_rows(int seed)
    {
        var random = new Random(seed);
        for (var iteration = 0; iteration < 2_000; iteration++)
        {
            var input = iteration % 4 == 0 ? Inputs.RandomBytes(random) : Inputs.Mutate(Seed, random);

            var result = UnitCsvParser.Parse(input);
            var lineCount = input.Count(b => b == (byte)'\n') + 2;

            Assert.True(result.IsValid || result.Rows.Count == 0, "rows returned despite errors");
            foreach (var error in result.Errors)
            {
                Assert.InRange(error.Row, 1, lineCount);
                Assert.False(string.IsNullOrEmpty(error.Column));
                Assert.False(string.IsNullOrEmpty(error.Reason));
            }

            if (result.IsValid)
            {
                var plan = UnitImportPlan.Build(result.Rows, new Dictionary<string, Vigil.Domain.Organisation.OrgUnit>());
                Assert.All(plan.Errors, e => Assert.InRange(e.Row, 2, lineCount));
                Assert.True(plan.IsValid ? plan.Steps.Count == result.Rows.Count : plan.Steps.Count == 0);
            }
        }
    }
}
