//! French word endings of source heads, by kind.

use super::super::table::{words, Words};

/// Roles and unnamed people ("un porte-parole", "des sources proches"). Our own.
pub static ANONYMOUS_HEADS: Words = words![
    "avocat",
    "avocate",
    "chef",
    "chercheur",
    "chercheurs",
    "chercheuse",
    "conseiller",
    "conseillère",
    "diplomate",
    "diplomates",
    "directeur",
    "directrice",
    "dirigeant",
    "dirigeants",
    "député",
    "députée",
    "enquêteurs",
    "expert",
    "experts",
    "maire",
    "ministre",
    "observateur",
    "observateurs",
    "officiel",
    "officiels",
    "policier",
    "policiers",
    "porte-parole",
    "proche",
    "proches",
    "procureur",
    "président",
    "présidente",
    "responsable",
    "responsables",
    "source",
    "sources",
    "spécialiste",
    "spécialistes",
    "sénateur",
    "témoin",
    "témoins",
];

/// Organizations and offices. Our own.
pub static ORGANIZATION_HEADS: Words = words![
    "armée",
    "assemblée",
    "commission",
    "cour",
    "entreprise",
    "gendarmerie",
    "gouvernement",
    "groupe",
    "kremlin",
    "mairie",
    "maison-blanche",
    "matignon",
    "ministère",
    "onu",
    "otan",
    "parquet",
    "parti",
    "police",
    "préfecture",
    "syndicat",
    "sénat",
    "tribunal",
    "union",
    "élysée",
];

/// News media. Our own.
pub static MEDIA_HEADS: Words = words![
    "afp",
    "agence",
    "chaîne",
    "figaro",
    "hebdomadaire",
    "journal",
    "libération",
    "magazine",
    "monde",
    "quotidien",
    "radio",
    "reuters",
    "télévision",
];

/// Documents and reports. Our own.
pub static DOCUMENT_HEADS: Words =
    words!["communiqué", "courrier", "document", "déclaration", "enquête", "lettre", "note", "rapport", "sondage", "étude"];
