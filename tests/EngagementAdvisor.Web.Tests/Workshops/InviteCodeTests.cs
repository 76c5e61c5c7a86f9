using EngagementAdvisor.Web.Features.Workshops;

namespace EngagementAdvisor.Web.Tests.Workshops;

/// <summary>The code people type or read out in a meeting: forgiving to type, never ambiguous to read.</summary>
public sealed class InviteCodeTests
{
    [Theory]
    [InlineData("K7QM4XTR", "K7QM4XTR")]
    [InlineData("k7qm-4xtr", "K7QM4XTR")]
    [InlineData(" K7QM 4XTR ", "K7QM4XTR")]
    [InlineData("k7-qm-4x-tr", "K7QM4XTR")]
    public void Typing_is_forgiving_about_case_spaces_and_dashes(string typed, string canonical) =>
        Assert.Equal(canonical, InviteCode.Normalise(typed));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("K7QM4XT")]
    [InlineData("K7QM4XTRA")]
    [InlineData("K7QM4XT0")] // 0 is not in the alphabet: it reads like O
    [InlineData("K7QM4XTI")] // nor I, which reads like 1
    [InlineData("K7QM4XT\u0440")] // a Cyrillic letter that looks Latin
    public void Anything_else_is_not_a_code(string? typed) => Assert.Null(InviteCode.Normalise(typed));

    [Fact]
    public void New_codes_use_only_the_alphabet_and_display_in_two_halves()
    {
        for (var i = 0; i < 200; i++)
        {
            var code = InviteCode.New();
            Assert.Equal(InviteCode.Length, code.Length);
            Assert.All(code, c => Assert.Contains(c, InviteCode.Alphabet));
            Assert.Equal(code, InviteCode.Normalise(InviteCode.Display(code)));
        }
        Assert.Equal("K7QM-4XTR", InviteCode.Display("K7QM4XTR"));
    }

    [Fact]
    public void The_alphabet_has_no_look_alikes() =>
        Assert.DoesNotContain(InviteCode.Alphabet, c => c is '0' or 'O' or '1' or 'I' or 'L' or 'U');
}
