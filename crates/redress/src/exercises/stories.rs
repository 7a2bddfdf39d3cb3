//! The scenarios' texts, per department: what the complainants of the exercises wrote.
//! Data, in French like the demo's complaints (they are complaints, not interface text).

/// A department's scenarios: (category, description) for each exercise played on a
/// complaint, and the grounds of the appeal.
pub(super) struct Story {
    pub(super) route: (&'static str, &'static str),
    pub(super) answer: (&'static str, &'static str),
    pub(super) denunciation: (&'static str, &'static str),
    pub(super) appeal: (&'static str, &'static str),
    pub(super) appeal_reason: &'static str,
}

const HEALTH: Story = Story {
    route: (
        "SAN-STOCKOUT",
        "Depuis trois semaines, le CSPS n'a plus de paracétamol ni de sels de réhydratation; on nous envoie tout acheter en ville.",
    ),
    answer: (
        "SAN-WAIT",
        "J'ai attendu de 7 h à 15 h à la maternité sans être reçue, alors que j'avais un rendez-vous pour ma consultation prénatale.",
    ),
    denunciation: (
        "SAN-FEES",
        "Le major du CSPS fait payer 2 000 F pour chaque accouchement, alors qu'ils sont gratuits, et garde l'argent. Je travaille au centre et je crains des représailles.",
    ),
    appeal: (
        "SAN-FEES",
        "On m'a fait payer 1 500 F la consultation de ma fille de 3 ans, alors que les soins des moins de 5 ans sont gratuits.",
    ),
    appeal_reason: "La réponse promettait le remboursement des 1 500 F, mais personne au CSPS n'est au courant et je n'ai rien reçu.",
};

const EDUCATION: Story = Story {
    route: (
        "EDU-CANTEEN",
        "La cantine de l'école n'a servi aucun repas depuis la rentrée alors que les vivres ont été livrés.",
    ),
    answer: (
        "EDU-ABSENCE",
        "Le maître de CE1 n'est pas venu depuis trois semaines; les enfants rentrent à la maison à 8 h.",
    ),
    denunciation: (
        "EDU-EXAMS",
        "Le directeur vend les sujets du CEP 5 000 F aux parents la veille de l'examen. Je suis enseignant dans l'école et je crains pour mon poste.",
    ),
    appeal: (
        "EDU-FEES",
        "L'école exige 5 000 F de « frais de table-bancs » pour l'inscription de mon fils en CP1.",
    ),
    appeal_reason: "La réponse dit que les frais ont été supprimés, mais le directeur les réclame toujours aux parents.",
};

const CIVIL_SERVICE: Story = Story {
    route: (
        "FP-DOCS",
        "J'attends depuis cinq mois la délivrance de mon arrêté d'intégration malgré plusieurs relances.",
    ),
    answer: (
        "FP-CAREER",
        "Mon avancement d'échelon de 2024 n'est toujours pas pris en compte dans mon salaire.",
    ),
    denunciation: (
        "FP-CAREER",
        "Un agent du service du personnel demande 50 000 F pour faire avancer les dossiers d'avancement. Je suis moi-même agent du ministère.",
    ),
    appeal: (
        "FP-DOCS",
        "Mon attestation de présence au poste n'a jamais été délivrée.",
    ),
    appeal_reason: "La réponse annonçait l'attestation pour la semaine suivante; un mois après, je ne l'ai toujours pas.",
};

const JUSTICE: Story = Story {
    route: (
        "JUS-DOCS",
        "On me demande de revenir chaque semaine depuis un mois pour un simple casier judiciaire.",
    ),
    answer: (
        "JUS-DELAY",
        "Mon dossier de succession est pendant au tribunal depuis trois ans sans aucune audience.",
    ),
    denunciation: (
        "JUS-DELAY",
        "Un greffier demande 20 000 F pour inscrire les affaires au rôle. Je travaille au tribunal et je crains des représailles.",
    ),
    appeal: (
        "JUS-DOCS",
        "Mon certificat de nationalité n'est pas délivré depuis deux mois.",
    ),
    appeal_reason: "La réponse dit que le certificat est prêt, mais au guichet on me dit qu'il n'existe pas.",
};

pub(super) fn story(department: &str) -> &'static Story {
    match department {
        "EDU" => &EDUCATION,
        "FP" => &CIVIL_SERVICE,
        "JUS" => &JUSTICE,
        _ => &HEALTH,
    }
}
