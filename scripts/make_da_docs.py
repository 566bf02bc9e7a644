"""Write the Danish pages docs/da/tjekliste.md (the Danish reader's check list: every text
for people, with the situation it is shown in) and docs/da/sagsbehandler.md (the guide
for caseworkers, with explanations and a timeline generated from examples/case.json).
A test checks that both are current.

python -m scripts.make_da_docs
"""

from __future__ import annotations

import datetime as _dt
import json
import pathlib

from fasttrack_rules import CATALOGUE, PROVISIONS, assess
from fasttrack_rules.explain import explain_mermaid, explain_text
from fasttrack_rules.explain.citations import cite
from fasttrack_rules.explain.phrases import FIELDS, SENTENCES, STEP_SITUATIONS, UNDATED, WINDOW_SITUATIONS
from fasttrack_rules.explain.words import (
    DEADLINE_NAMES,
    MISSING,
    QUESTIONS,
    STATUS_WORDS,
    TRACK_SENTENCES,
    long_date,
)
from fasttrack_rules.law import provision
from fasttrack_rules.protocol import case_from_json

ROOT = pathlib.Path(__file__).resolve().parent.parent
FOLDER = ROOT / "docs" / "da"
EXAMPLE = ROOT / "examples" / "case.json"

#: How a field of a sentence is shown in the check list.
_SHOWN = dict.fromkeys(FIELDS, "‹dato›") | {"questions": "‹spørgsmålene›", "missing": " ‹oplysningen›"}


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def _shown(key: str, table: dict[str, tuple[str, str]]) -> str:
    return _cell(table[key][0].format(**_SHOWN)) if key in table else "-"


def _reasons() -> list[str]:
    lines = [
        "## 1. Begrundelser og hvad arbejdsgiveren og den sygemeldte får at vide",
        "",
        "Én række for hver situation, som programmet kan afgøre. Sagsbehandleren læser",
        "begrundelsen; arbejdsgiveren og den sygemeldte læser deres egen sætning (`-`: intet).",
        "",
        "| ✓ | Situation | Til sagsbehandleren (begrundelse) | Til arbejdsgiveren | Til den sygemeldte |",
        "|---|---|---|---|---|",
    ]
    employer, sick_person = SENTENCES["employer"], SENTENCES["sick_person"]
    for key, situation in WINDOW_SITUATIONS.items():
        lines.append(f"| ☐ | {_cell(situation)} | - | {_shown(key, employer)} | {_shown(key, sick_person)} |")
    for code, reason in CATALOGUE.items():
        row = (
            f"| ☐ | `{code}` | {_cell(reason.da)} | {_shown(code, employer)} | {_shown(code, sick_person)} |"
        )
        lines.append(row)
    return lines


def _table(title: str, intro: str, head: str, rows: list[tuple[str, str]]) -> list[str]:
    lines = [f"## {title}", "", intro, "", f"| ✓ | {head} | Tekst |", "|---|---|---|"]
    return lines + [f"| ☐ | {_cell(a)} | {_cell(b)} |" for a, b in rows] + [""]


def _citations() -> list[tuple[str, str]]:
    rows = []
    for name, versions in PROVISIONS.items():
        for version in versions:
            day = max(version.valid_from, _dt.date(2000, 1, 1))
            since = (
                "altid"
                if version.valid_from == _dt.date.min
                else f"fra {long_date(day, 'da').split(' ', 1)[1]}"
            )
            rows.append((f"`{name}` ({since})", cite(provision(name, day), "da")))
    return rows


#: The check list's heading and introduction.
_INTRO = [
    "# Tjekliste for danske læsere",
    "",
    "Alle tekster, som `fasttrack explain --lang da` og feltet `reasons[].text` i JSON-svaret viser",
    "til mennesker, og hvornår de vises. Siden er skrevet ud af programmets egne tabeller",
    "(`python -m scripts.make_da_docs`), så den altid viser de tekster, der er i brug. Koder og",
    "feltnavne i venstre kolonne er til henvisning; de vises aldrig til læseren.",
    "",
    "Læs hver tekst, som en borger, en arbejdsgiver eller en sagsbehandler vil læse den, og sæt",
    "kryds, når den",
    "",
    "- er korrekt og almindeligt dansk, kort og klart, som Styrelsen for Arbejdsmarked og",
    "  Rekruttering og kommunerne skriver til borgere og virksomheder;",
    "- bruger procesbeskrivelsens ord: tidlig opfølgning, første opfølgningssamtale,",
    "  samtykkeerklæring (skemaet), de tre spørgsmål, plan for tilbagevenden til arbejdet;",
    "- skriver datoer ud (»fredag den 14. marts 2025«) og uger som »8. uge«;",
    "- henviser til reglerne i dansk form (»sygedagpengelovens § 13 b, stk. 2«, »§ 4, stk. 1, nr. 1,",
    "  i bekendtgørelse nr. 1421 af 16. december 2014«);",
    "- ikke viser feltnavne, koder, engelske ord eller datoer på formen år-måned-dag.",
    "",
    "De sidste tre punkter kontrolleres også af testene (`tests/texts.py`); de første kræver en",
    "dansk læser. ‹dato› står for en dato, der skrives ud, når teksten vises.",
    "",
]


#: The tables of words: (heading, introduction, what the left column names, the table).
_WORD_TABLES = (
    ("3. Frister", "Navnet på hver frist i oversigten »Frister« og på tidslinjen.", "Frist", DEADLINE_NAMES),
    ("4. Status for en frist", "Står efter fristens dato.", "Status", STATUS_WORDS),
    ("5. Sporet", "Første sætning til sagsbehandleren.", "Spor", TRACK_SENTENCES),
    ("6. De tre spørgsmål", "Med bekendtgørelsens egne ord (§ 3, stk. 1).", "Spørgsmål", QUESTIONS),
    (
        "7. Manglende oplysninger",
        "Vises under »Manglende oplysninger« og i »Få oplyst ...«.",
        "Oplysning",
        MISSING,
    ),
)


def checklist() -> str:
    """The text of docs/da/tjekliste.md."""
    lines = [*_INTRO, *_reasons(), ""]
    steps = [(STEP_SITUATIONS[k], SENTENCES["caseworker"][k][0].format(**_SHOWN)) for k in STEP_SITUATIONS]
    lines += _table("2. Næste skridt for sagsbehandleren", "Vises under »Næste skridt«.", "Hvornår", steps)
    undated = [(f"{who}: `{key}`", da) for who, table in UNDATED.items() for key, (da, _) in table.items()]
    lines += _table(
        "2 a. Sætninger uden dato",
        "Vises i stedet for sætningen med dato, når sagen ikke giver datoen (brevets dato er ukendt).",
        "Læser og situation",
        undated,
    )
    for title, intro, head, table in _WORD_TABLES:
        lines += _table(title, intro, head, [(f"`{k}`", v[0]) for k, v in table.items()])
    lines += _table(
        "8. Henvisninger",
        "Hver bestemmelse, som programmet henviser til, i hver af dens udgaver.",
        "Bestemmelse",
        _citations(),
    )
    return "\n".join(lines).rstrip("\n") + "\n"


def _example() -> tuple[str, str, str, str]:
    """The caseworker's, the employer's and the sick person's text of examples/case.json, and its timeline."""
    case, as_of = case_from_json(json.loads(EXAMPLE.read_text(encoding="utf-8")))
    result = assess(case, as_of=as_of)
    texts = [
        explain_text(result, case, lang="da", audience=a) for a in ("caseworker", "employer", "sick_person")
    ]
    return texts[0], texts[1], texts[2], explain_mermaid(result, case, lang="da")


#: The guide, with the example's texts and timeline to fill in.
_GUIDE = """# Vejledning til sagsbehandlere

`fasttrack explain` forklarer en sygedagpengesag efter reglerne om tidlig opfølgning (Fast
track): hvilke frister der gælder, om de er overholdt, hvad der mangler, og hvad der skal ske
nu, med henvisning til reglerne. Forklaringen kan skrives til tre læsere:

- **sagsbehandleren** (standard): frister, manglende oplysninger, næste skridt, begrundelser og
  retsgrundlag;
- **arbejdsgiveren**: om arbejdsgiveren stadig kan anmode om tidlig opfølgning og til hvornår,
  og hvad der sker nu;
- **den sygemeldte**: hvad der skal ske, og hvad den sygemeldte selv skal gøre.

## Sådan bruges den

<!-- not run: sag.json står for din egen sag; testene holder eksemplet nedenfor opdateret -->
```sh
fasttrack explain sag.json --lang da                          # til sagsbehandleren
fasttrack explain sag.json --lang da --audience employer      # til arbejdsgiveren
fasttrack explain sag.json --lang da --audience sick_person   # til den sygemeldte
fasttrack explain sag.json --lang da --format markdown        # som Markdown med tidslinje
fasttrack explain sag.json --lang da --format mermaid         # kun tidslinjen
```

Sagen gives som JSON (se [protokollen](../protocol.md)); `as_of` er den dag, sagen opgøres.
Programmet læser aldrig dagens dato: forklaringen gælder sagen, som den så ud den dag.
`--lang` betyder det samme på alle kommandoer og er `en` (engelsk), hvis det ikke angives.

## Et eksempel

Sagen i `examples/case.json`: første fraværsdag mandag den 3. marts 2025, arbejdsgiveren anmoder
om tidlig opfølgning tirsdag den 18. marts, lønmodtageren returnerer skemaet dagen efter, og
arbejdsgiveren har svaret på to af de tre spørgsmål. Sagen er opgjort torsdag den 20. marts 2025.

### Til sagsbehandleren

```text
{caseworker}
```

### Til arbejdsgiveren

```text
{employer}
```

### Til den sygemeldte

```text
{sick_person}
```

### Tidslinjen

Hver frist er en bjælke fra den begivenhed, der sætter den i gang, til fristens sidste dag:
overholdte frister er afsluttet, frister, der løber, er aktive, og en overskredet frist er
markeret og står som »(overskredet)«. Milepælen »Opgjort pr.« viser den dag, sagen er opgjort;
visningsprogrammets egen »i dag«-markering er slået fra.

```mermaid
{chart}
```

## Sådan læses forklaringen

- **Frister**: hver frist med sin sidste dag (og første dag, hvor reglen har en), status og
  hjemmel. For samtaler står også kommunens sidste arbejdsdag før fristen, når fristen falder
  på en lukkedag.
- **Manglende oplysninger**: de oplysninger, som sagen afhænger af, men som ikke er givet.
  Til de oplysninger svarer et »Få oplyst ...« under »Næste skridt«.
- **Næste skridt**: indhent svar på de tre spørgsmål, få de manglende oplysninger, og hold
  hver frist, der løber.
- **Begrundelser**: hvorfor sagen er afgjort, som den er, hver med sine henvisninger.
- **Retsgrundlag**: lovbekendtgørelsen, bekendtgørelsen og vejledningen i den udgave, der
  gælder for sagens begivenheder.

Hvor reglerne er åbne for fortolkning, bruger programmet navngivne fortolkninger (se
[fortolkningerne](../interpretations.md)); en begrundelse, der hviler på en fortolkning,
siger det.

Alle tekster med den situation, de vises i, står i [tjeklisten](tjekliste.md).
"""


def guide() -> str:
    """The text of docs/da/sagsbehandler.md."""
    caseworker, employer, sick_person, chart = (text.rstrip() for text in _example())
    return _GUIDE.format(caseworker=caseworker, employer=employer, sick_person=sick_person, chart=chart)


def main() -> None:
    """Write both pages."""
    FOLDER.mkdir(exist_ok=True)
    (FOLDER / "tjekliste.md").write_text(checklist(), encoding="utf-8")
    (FOLDER / "sagsbehandler.md").write_text(guide(), encoding="utf-8")
    print("wrote docs/da/tjekliste.md, docs/da/sagsbehandler.md")


if __name__ == "__main__":
    main()
