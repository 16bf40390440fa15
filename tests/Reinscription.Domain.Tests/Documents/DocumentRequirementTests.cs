using Reinscription.Domain.Documents;

namespace Reinscription.Domain.Tests.Documents;

public class DocumentRequirementTests
{
    private const int Dance = 3;
    private const int Cello = 4;

    private static DocumentRequirement Requirement(
        RequirementCondition condition,
        DocumentKind kind = DocumentKind.Other,
        string name = "Pièce") =>
        new(1, 2, DocumentRequirement.IsStudentOnly(condition) ? RequirementScope.Student : RequirementScope.Family, name, condition, kind);

    private static RequirementContext Context(
        bool isResident = false,
        bool paysBySepa = false,
        bool isHosted = false,
        params int[] disciplineIds) =>
        new(isResident, paysBySepa, isHosted, disciplineIds.ToHashSet());

    [Fact]
    public void An_always_requirement_applies_to_every_family()
    {
        var requirement = Requirement(RequirementCondition.Always);

        Assert.True(requirement.AppliesTo(Context()));
        Assert.True(requirement.AppliesTo(Context(isResident: true, paysBySepa: true, isHosted: true)));
    }

    [Fact]
    public void A_residents_only_requirement_applies_to_a_resident_family() =>
        Assert.True(Requirement(RequirementCondition.ResidentsOnly).AppliesTo(Context(isResident: true)));

    [Fact]
    public void A_residents_only_requirement_does_not_apply_to_a_non_resident_family() =>
        Assert.False(Requirement(RequirementCondition.ResidentsOnly).AppliesTo(Context(isResident: false)));

    [Fact]
    public void An_optional_requirement_is_offered_to_every_family_but_never_mandatory()
    {
        var requirement = Requirement(RequirementCondition.Optional);

        Assert.True(requirement.AppliesTo(Context()));
        Assert.False(requirement.IsMandatory);
    }

    [Theory]
    [InlineData(RequirementCondition.Always)]
    [InlineData(RequirementCondition.ResidentsOnly)]
    [InlineData(RequirementCondition.Discipline)]
    [InlineData(RequirementCondition.SepaPayment)]
    [InlineData(RequirementCondition.Hosted)]
    public void Every_other_requirement_is_mandatory(RequirementCondition condition) =>
        Assert.True(Requirement(condition).IsMandatory);

    [Fact]
    public void A_discipline_requirement_applies_to_a_student_of_that_discipline()
    {
        var certificate = Requirement(RequirementCondition.Discipline, DocumentKind.MedicalCertificate, "Certificat médical danse");
        certificate.RequireDiscipline(Dance);

        Assert.Equal(Dance, certificate.ConditionDisciplineId);
        Assert.True(certificate.AppliesTo(Context(disciplineIds: [Cello, Dance])));
    }

    [Fact]
    public void A_discipline_requirement_does_not_apply_to_a_student_of_other_disciplines()
    {
        var certificate = Requirement(RequirementCondition.Discipline, DocumentKind.MedicalCertificate);
        certificate.RequireDiscipline(Dance);

        Assert.False(certificate.AppliesTo(Context(disciplineIds: Cello)));
        Assert.False(certificate.AppliesTo(Context()));
    }

    [Fact]
    public void A_discipline_requirement_naming_no_discipline_applies_to_nobody() =>
        Assert.False(Requirement(RequirementCondition.Discipline).AppliesTo(Context(disciplineIds: [Cello, Dance])));

    [Theory]
    [InlineData(RequirementCondition.Always)]
    [InlineData(RequirementCondition.Optional)]
    [InlineData(RequirementCondition.Hosted)]
    public void Only_a_discipline_requirement_names_a_discipline(RequirementCondition condition)
    {
        var requirement = Requirement(condition);

        Assert.Throws<InvalidOperationException>(() => requirement.RequireDiscipline(Dance));
        Assert.Null(requirement.ConditionDisciplineId);
    }

    [Fact]
    public void A_SEPA_requirement_applies_only_to_a_family_paying_by_SEPA()
    {
        var mandate = Requirement(RequirementCondition.SepaPayment, DocumentKind.SepaMandate);

        Assert.True(mandate.AppliesTo(Context(paysBySepa: true)));
        Assert.False(mandate.AppliesTo(Context(paysBySepa: false, isResident: true)));
    }

    [Fact]
    public void A_hosted_requirement_applies_only_to_a_hosted_family()
    {
        var hostProof = Requirement(RequirementCondition.Hosted, DocumentKind.AddressProof);

        Assert.True(hostProof.AppliesTo(Context(isHosted: true)));
        Assert.False(hostProof.AppliesTo(Context(isHosted: false, isResident: true, paysBySepa: true)));
    }

    [Theory]
    [InlineData(DocumentKind.AddressProof)]
    [InlineData(DocumentKind.CafAttestation)]
    [InlineData(DocumentKind.TaxNotice)]
    public void Income_and_address_proofs_are_never_carried_over(DocumentKind kind)
    {
        var requirement = Requirement(RequirementCondition.Always, kind);

        var error = Assert.Throws<InvalidOperationException>(() => requirement.KeepValidFor(12));

        Assert.Equal("Un justificatif de revenus ou de domicile n'est jamais reconduit.", error.Message);
        Assert.Null(requirement.ValidityMonths);
    }

    [Theory]
    [InlineData(DocumentKind.Identity)]
    [InlineData(DocumentKind.MedicalCertificate)]
    [InlineData(DocumentKind.SepaMandate)]
    public void Other_documents_may_stay_valid_for_some_months(DocumentKind kind)
    {
        var requirement = Requirement(RequirementCondition.Always, kind);

        requirement.KeepValidFor(36);

        Assert.Equal(36, requirement.ValidityMonths);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-6)]
    public void A_validity_must_be_positive(int months) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Requirement(RequirementCondition.Always, DocumentKind.Identity).KeepValidFor(months));

    [Fact]
    public void A_requirement_keeps_its_scope_name_and_kind()
    {
        var requirement = new DocumentRequirement(
            1, 2, RequirementScope.Student, "Certificat médical", RequirementCondition.Discipline, DocumentKind.MedicalCertificate);

        Assert.Equal(RequirementScope.Student, requirement.Scope);
        Assert.Equal("Certificat médical", requirement.Name);
        Assert.Equal(DocumentKind.MedicalCertificate, requirement.Kind);
        Assert.Null(requirement.ValidityMonths);
        Assert.Null(requirement.AcceptedFormats);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void A_requirement_needs_a_name(string name) =>
        Assert.ThrowsAny<ArgumentException>(() => Requirement(RequirementCondition.Always, name: name));

    [Fact]
    public void The_caf_rule_line_is_offered_to_residents_and_owed_by_families_of_two_children_under_20()
    {
        var caf = Requirement(RequirementCondition.CafRule, DocumentKind.CafAttestation);
        var resident = new RequirementContext(true, false, false, new HashSet<int>());
        var bound = new RequirementContext(false, false, false, new HashSet<int>(), MustProvideCafAttestation: true);
        var neither = new RequirementContext(false, false, false, new HashSet<int>());

        Assert.True(caf.AppliesTo(resident));
        Assert.False(caf.IsMandatoryFor(resident));
        Assert.True(caf.AppliesTo(bound));
        Assert.True(caf.IsMandatoryFor(bound));
        Assert.False(caf.AppliesTo(neither));
        Assert.True(Requirement(RequirementCondition.Always).IsMandatoryFor(neither));
    }
}
