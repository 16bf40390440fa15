using Reinscription.Domain.Documents;

namespace Reinscription.Domain.Tests.Documents;

/// <summary>The conditions staff choose on the Pièces à fournir page, and how a line changes after creation.</summary>
public class RequirementConditionTests
{
    private const int Dance = 3;

    private static DocumentRequirement Line(
        RequirementCondition condition,
        RequirementScope scope = RequirementScope.Family,
        DocumentKind kind = DocumentKind.Other) =>
        new(1, 2, scope, "Pièce", condition, kind);

    private static RequirementContext Family(bool isResident) => new(isResident, false, false, new HashSet<int>());

    private static RequirementContext Student(bool isAdult) => new(true, false, false, new HashSet<int>(), isAdult);

    [Fact]
    public void A_non_residents_line_applies_to_a_family_living_outside_the_territory() =>
        Assert.True(Line(RequirementCondition.NonResidentsOnly).AppliesTo(Family(isResident: false)));

    [Fact]
    public void A_non_residents_line_does_not_apply_to_a_resident_family() =>
        Assert.False(Line(RequirementCondition.NonResidentsOnly).AppliesTo(Family(isResident: true)));

    [Fact]
    public void An_adult_students_line_applies_to_a_student_of_age()
    {
        var identity = Line(RequirementCondition.StudentOfAge, RequirementScope.Student, DocumentKind.Identity);

        Assert.True(identity.AppliesTo(Student(isAdult: true)));
        Assert.True(identity.IsMandatory);
    }

    [Fact]
    public void An_adult_students_line_does_not_apply_to_a_minor() =>
        Assert.False(Line(RequirementCondition.StudentOfAge, RequirementScope.Student).AppliesTo(Student(isAdult: false)));

    [Fact]
    public void A_context_says_nobody_is_of_age_unless_told() =>
        Assert.False(new RequirementContext(true, true, true, new HashSet<int>()).IsAdult);

    [Theory]
    [InlineData(RequirementCondition.Discipline)]
    [InlineData(RequirementCondition.StudentOfAge)]
    public void A_student_condition_is_refused_on_a_family_line(RequirementCondition condition)
    {
        var error = Assert.Throws<InvalidOperationException>(() => Line(condition));

        Assert.Equal("Cette condition porte sur un élève : la pièce doit être demandée au niveau de l'élève.", error.Message);
    }

    [Fact]
    public void A_family_line_cannot_be_changed_to_a_student_condition()
    {
        var line = Line(RequirementCondition.Always);

        Assert.Throws<InvalidOperationException>(() => line.ChangeCondition(RequirementCondition.StudentOfAge, null));

        Assert.Equal(RequirementCondition.Always, line.Condition);
    }

    [Fact]
    public void A_line_changed_to_a_discipline_names_it()
    {
        var line = Line(RequirementCondition.Always, RequirementScope.Student, DocumentKind.MedicalCertificate);

        line.ChangeCondition(RequirementCondition.Discipline, Dance);

        Assert.Equal((RequirementCondition.Discipline, (int?)Dance), (line.Condition, line.ConditionDisciplineId));
    }

    [Fact]
    public void A_line_leaving_its_discipline_condition_forgets_the_discipline()
    {
        var line = Line(RequirementCondition.Discipline, RequirementScope.Student);
        line.RequireDiscipline(Dance);

        line.ChangeCondition(RequirementCondition.Always, null);

        Assert.Null(line.ConditionDisciplineId);
    }

    [Theory]
    [InlineData(RequirementCondition.Discipline, null)]
    [InlineData(RequirementCondition.Always, Dance)]
    public void A_discipline_goes_with_the_discipline_condition_only(RequirementCondition condition, int? disciplineId)
    {
        var line = Line(RequirementCondition.Always, RequirementScope.Student);

        Assert.Throws<ArgumentException>(() => line.ChangeCondition(condition, disciplineId));

        Assert.Equal(RequirementCondition.Always, line.Condition);
    }

    [Fact]
    public void Changing_to_a_dated_kind_stops_the_carry_over()
    {
        var line = Line(RequirementCondition.Always, kind: DocumentKind.Identity);
        line.KeepValidFor(12);

        line.ChangeKind(DocumentKind.AddressProof);

        Assert.Null(line.ValidityMonths);
    }

    [Fact]
    public void A_line_may_stop_being_carried_over()
    {
        var line = Line(RequirementCondition.Always, kind: DocumentKind.SepaMandate);
        line.KeepValidFor(36);

        line.NeverCarryOver();

        Assert.Null(line.ValidityMonths);
    }

    [Fact]
    public void A_template_is_attached_with_its_name_and_removed_with_it()
    {
        var line = Line(RequirementCondition.Always, kind: DocumentKind.Form);

        line.AttachTemplate("Doc-1-modalites.pdf", [1, 2, 3]);
        var attached = (line.TemplateFileName, line.TemplateContent?.Length);
        line.RemoveTemplate();

        Assert.Equal(("Doc-1-modalites.pdf", (int?)3), attached);
        Assert.Null(line.TemplateFileName);
        Assert.Null(line.TemplateContent);
    }

    [Fact]
    public void An_empty_template_is_refused() =>
        Assert.Throws<ArgumentException>(() => Line(RequirementCondition.Always).AttachTemplate("vide.pdf", []));
}
