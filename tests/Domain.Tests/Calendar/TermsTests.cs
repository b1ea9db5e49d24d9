using SoLienLac.Domain.Calendar;

namespace SoLienLac.Domain.Tests.Calendar;

public class TermsTests
{
    [Theory]
    [InlineData("1", Term.I)]
    [InlineData("I", Term.I)]
    [InlineData(" i ", Term.I)]
    [InlineData("2", Term.II)]
    [InlineData("II", Term.II)]
    [InlineData("ii", Term.II)]
    public void TryParse_ReadsDigitsAndRomanNumerals(string text, Term expected)
    {
        Assert.True(Terms.TryParse(text, out var term));
        Assert.Equal(expected, term);
    }

    [Theory]
    [InlineData("3")]
    [InlineData("III")]
    [InlineData("hk1")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_RejectsOtherTerms(string? text) =>
        Assert.False(Terms.TryParse(text, out _));

    [Theory]
    [InlineData(Term.I, "Học kì I")]
    [InlineData(Term.II, "Học kì II")]
    public void Vietnamese_NamesTheTerm(Term term, string expected) =>
        Assert.Equal(expected, term.Vietnamese());
}
