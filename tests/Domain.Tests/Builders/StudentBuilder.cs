using SoLienLac.Domain.Students;

namespace SoLienLac.Domain.Tests.Builders;

/// <summary>A student enrolled in "6A" unless told otherwise: new StudentBuilder().InClass("9B").Build().</summary>
public sealed class StudentBuilder
{
    private string _code = "HS0001";
    private string _className = "6A";

    public StudentBuilder WithCode(string code)
    {
        _code = code;
        return this;
    }

    public StudentBuilder InClass(string className)
    {
        _className = className;
        return this;
    }

    public Student Build() =>
        Student.Enrol(StudentCode.Parse(_code), "Nguyễn Văn An", new DateOnly(2014, 5, 1), ClassName.Parse(_className));
}
