# Schermteksten van Rolspiegel. Taalniveau B1, je-vorm.

app-title = Rolspiegel
app-skip-link = Naar de inhoud
app-language-label = Taal
app-language-nl = Nederlands
app-language-en = English
app-loading = Even geduld…

## Meldingen bij het starten
notice-set-aside = Een bestand met je gegevens was beschadigd. Rolspiegel heeft het niet weggegooid, maar apart gezet als { $file } in de map { $folder }. Een beheerder of helpdesk kan er misschien nog gegevens uit halen. Rolspiegel werkt nu met een nieuw bestand.
notice-earlier = Rolspiegel heeft een nieuwe map voor je gegevens. In de oude map stonden ook gegevens. Rolspiegel heeft ze niet weggegooid en niet gemengd met wat je nu hebt. Ze staan als { $file } in de map { $folder }. Bij Geschiedenis, onder 'Oude kopieën van je gegevens', kun je terugzetten wat erin staat.
notice-set-aside-seen = Gezien, niet meer melden
notice-newer-version = Je gegevens zijn gemaakt met een nieuwere versie van Rolspiegel. Deze versie opent ze niet en verandert er niets aan. Ze staan veilig in de map { $folder }. Installeer de nieuwste versie van Rolspiegel. Tot die tijd bewaart Rolspiegel niets.
notice-memory-only = { $reason ->
    [disk-full] De schijf is vol. Rolspiegel kan nu niets opslaan en heeft je bestaande gegevens niet veranderd. Maak ruimte vrij en start de app opnieuw.
    [read-only] Rolspiegel mag in de map met je gegevens niet schrijven. Je bestaande gegevens zijn niet veranderd. Vraag je helpdesk om schrijfrechten.
    [busy] Een ander programma gebruikt je gegevens op dit moment. Rolspiegel heeft niets veranderd. Sluit andere vensters van Rolspiegel en start de app opnieuw.
    [in-use] Rolspiegel is op deze computer al open met dezelfde gegevens, bijvoorbeeld bij een andere gebruiker. Dit venster verandert er niets aan en bewaart niets. Sluit de andere Rolspiegel en start de app opnieuw.
    [not-a-file] Op de plek van je gegevensbestand staat iets anders dan een bestand. Rolspiegel heeft het niet aangeraakt en bewaart nu niets. Vraag je helpdesk om hulp.
   *[other] Rolspiegel kan op deze computer niets opslaan. Je kunt de scan wel doen, maar als je de app sluit, is alles weg.
}
notice-read-only = Rolspiegel mag in de map { $folder } niet schrijven. Je ziet je uitslagen wel, maar nieuwe antwoorden en wijzigingen worden niet bewaard. Vraag je helpdesk om schrijfrechten en start de app daarna opnieuw.
notice-wipe-finished = De vorige keer is 'Wis alles' niet helemaal afgemaakt, omdat de app werd gesloten. Rolspiegel heeft het wissen nu afgemaakt.
notice-close = Melding sluiten

## Welkom
welcome-heading = Welkom bij Rolspiegel
welcome-intro = Met deze scan zie je hoe jij in je werk drie rollen mengt: de Bureaucraat, de Ondernemer en de Verbinder.
welcome-no-best = Geen rol is de beste. Het gaat erom dat je je eigen mix kent en dat je per situatie kunt wisselen.
welcome-duration = Het duurt ongeveer tien minuten. Je krijgt { $count } stellingen.
welcome-privacy = Je antwoorden blijven op deze computer. Er gaat niets naar internet.
welcome-start = Begin met de scan
welcome-resume = Ga verder waar je was
welcome-resume-detail = Je hebt { $answered } van de { $total } stellingen beantwoord.
welcome-restart = Opnieuw beginnen
welcome-restart-confirm = Wil je echt opnieuw beginnen? Je antwoorden tot nu toe worden dan gewist.
welcome-restart-yes = Ja, wis mijn antwoorden
welcome-restart-no = Nee, ga terug
scan-replace-question = Je bent nog bezig met een scan. Je hebt { $answered } van de { $total } stellingen beantwoord. Als je opnieuw begint, worden die antwoorden gewist.
scan-replace-question-other = Er is nog een scan bezig die met een nieuwere versie van Rolspiegel is begonnen. Deze versie kan die scan niet laten zien. Als je opnieuw begint, worden die { $answered } antwoorden gewist.
scan-replace-resume = Ga verder met die scan
scan-replace-keep = Nee, laat die scan staan
scan-replace-yes = Wis die antwoorden en begin opnieuw
scan-replace-cancel = Annuleer
welcome-results-heading = Je eerdere uitslagen
welcome-result-item = Uitslag van { $date }: { $mix }
welcome-credit = Rolspiegel is gebaseerd op het model uit het boek De ideale ambtenaar van Ronald Derks en Bas van Leeuwen. Rolspiegel is niet de officiële test uit het boek.

result-home = Naar het begin
result-new-scan = Doe de scan opnieuw

# A short date, as in chart legends and time lines: 22 nov 2026.
date-short = { $day } { $month ->
    [1] jan
    [2] feb
    [3] mrt
    [4] apr
    [5] mei
    [6] jun
    [7] jul
    [8] aug
    [9] sep
    [10] okt
    [11] nov
   *[12] dec
} { $year }

# Bestandsvensters (open en bewaar).
dialog-save-chart = Grafiek bewaren
dialog-save-data = Je gegevens bewaren
dialog-open-data = Gegevens inlezen
dialog-filter-png = PNG-afbeelding
dialog-filter-svg = SVG-afbeelding
dialog-filter-json = Rolspiegel-gegevens (JSON)
dialog-filter-csv = Spreadsheet (CSV)
dialog-save-backup = Reservekopie van alles bewaren
dialog-filter-backup = Rolspiegel-reservekopie (JSON)

# Kolomkoppen van de CSV-export.
csv-id = Code
csv-date = Datum
csv-label = Label
csv-retest-days = Dagen ertussen
# $role is a role name.
csv-retest-first = { $role } eerste keer
csv-retest-second = { $role } tweede keer
csv-score-bureaucraat = Score { role-bureaucraat-name }
csv-score-ondernemer = Score { role-ondernemer-name }
csv-score-verbinder = Score { role-verbinder-name }
csv-share-bureaucraat = Aandeel { role-bureaucraat-name } (%)
csv-share-ondernemer = Aandeel { role-ondernemer-name } (%)
csv-share-verbinder = Aandeel { role-verbinder-name } (%)
csv-mix = Mix
csv-goal-role = Doel: rol
csv-goal-assignment = Doel: opdracht
csv-goal-review = Doel: kijk opnieuw op

welcome-history = Bekijk al je uitslagen ({ $count })
result-history = Al je uitslagen
file-saved = Bewaard als { $file }.
chart-save-png = Bewaar grafiek als PNG
chart-save-svg = Bewaar grafiek als SVG

# Label, vragen en doel bij een uitslag.
journal-saved = Bewaard.
label-label = Label
label-hint = Geef deze uitslag een naam die je later herkent, bijvoorbeeld 'start traineeship' of 'nieuw team'.
label-save = Bewaar label
reflection-intro = Schrijf je antwoorden op. Alleen jij ziet ze, tenzij je ze zelf bewaart in een bestand.
reflection-save = Bewaar antwoorden
goal-heading = Jouw ontwikkeldoel
goal-intro = Kies een rol waarin je wilt groeien. Bedenk een opdracht om die rol te oefenen in je werk. Kies een datum om er opnieuw naar te kijken. Doe dan de scan nog een keer.
goal-draft = Dit doel is alvast ingevuld vanuit een situatie. Het is nog niet bewaard. Pas het aan en kies dan 'Bewaar doel'.
goal-role = In welke rol wil je groeien?
goal-assignment = Wat ga je doen?
goal-assignment-hint = Maak het concreet, bijvoorbeeld: 'Bij elk nieuw project bel ik eerst twee partners.'
goal-review = Wanneer kijk je er opnieuw naar?
goal-save = Bewaar doel
goal-remove = Haal doel weg
follow-up-heading = Je doel van { $date }
follow-up-goal = Je wilde groeien als { $role }. Je schreef:
change-sentence = { $role }: van { NUMBER($from, minimumFractionDigits: 1, maximumFractionDigits: 1) } naar { NUMBER($to, minimumFractionDigits: 1, maximumFractionDigits: 1) } ({ $delta } punten).
change-sentence-range = { $role }: van { NUMBER($from, minimumFractionDigits: 1, maximumFractionDigits: 1) } naar { NUMBER($to, minimumFractionDigits: 1, maximumFractionDigits: 1) } ({ $delta } punten, { $range }).

# Is een verandering echt of toeval?
noise-beyond = { $sure ->
    [clearly] Dit is duidelijk een echte verandering: veel groter dan de meetruis (± { NUMBER($band, maximumFractionDigits: 1) } punten).
   *[probably] Dit is waarschijnlijk een echte verandering: groter dan de meetruis (± { NUMBER($band, maximumFractionDigits: 1) } punten).
}
noise-within = Dit kan toeval zijn: de verandering valt binnen de meetruis (± { NUMBER($band, maximumFractionDigits: 1) } punten). Dat wil niet zeggen dat er niets veranderd is. Je antwoorden kunnen het alleen niet laten zien.
noise-unknown-no-spread = Hier is niets over te zeggen: je gaf bij deze rol in beide uitslagen steeds precies hetzelfde antwoord. Dan is de meetruis niet te schatten.
noise-unknown-versions = Hier is niets over te zeggen: de uitslagen horen bij verschillende lijsten met stellingen.
noise-unknown-not-known = Hier is niets over te zeggen: van een van de uitslagen is niet bekend hoe je antwoorden uiteenliepen. Dan is de meetruis niet te schatten.
# A change's range; $low and $high are signed numbers ("+1,0", "−3,5").
change-range = tussen { $low } en { $high }

# Al je uitslagen.
history-heading = Al je uitslagen
history-intro = Je hebt { $count ->
    [one] één uitslag
   *[other] { $count } uitslagen
}. Open een uitslag om hem te bekijken, een label te geven of je antwoorden op de vragen op te schrijven.
history-empty = Je hebt nog geen uitslagen. Doe de scan, of lees gegevens in die je eerder hebt bewaard.
history-open-goals = Open doelen
history-open-goal = Groeien als { $role }: { $assignment }
history-open-goal-review = Groeien als { $role }: { $assignment } (opnieuw kijken op { $review })
history-role-score = { $role } { NUMBER($score, minimumFractionDigits: 1, maximumFractionDigits: 1) }
history-goal = Doel: groeien als { $role }
history-list-version = Met lijst { $version } van de stellingen
history-goal-open = Open doel: groeien als { $role }
history-open = Open
history-delete = Verwijder
history-delete-confirm = Weet je zeker dat je de uitslag '{ $title }' wilt verwijderen? Je antwoorden, notities en doel bij deze uitslag zijn dan weg.
history-delete-yes = Ja, verwijder
history-delete-no = Nee, bewaar
history-choose = Kies om te vergelijken
history-compare = Vergelijk gekozen uitslagen
history-compare-hint = { $count ->
    [0] Kies 2 tot { $max } uitslagen om ze te vergelijken.
    [one] Je hebt één uitslag gekozen. Kies er nog minstens één.
   *[other] Je hebt { $count } uitslagen gekozen.
}

# Je gegevens: bewaren, inlezen, wissen.
data-heading = Je gegevens
data-intro = Je gegevens staan alleen op deze computer. Bewaar ze in een bestand om ze mee te nemen naar een andere computer of aan je coach te geven.
data-export-json = Bewaar al je gegevens (JSON)
data-export-csv = Bewaar als spreadsheet (CSV)
data-import = Lees gegevens in
data-wipe-heading = Alles wissen
data-wipe-intro = Wis al je uitslagen, notities, doelen, situaties en workshopgroepen van deze computer. De app is daarna weer als nieuw.
data-wipe = Wis alles
data-wipe-confirm = Weet je zeker dat je alles wilt wissen? Dit kan niet ongedaan worden gemaakt. Dit wordt gewist:
data-wipe-results = { $count ->
    [0] geen eigen uitslagen
    [one] 1 eigen uitslag
   *[other] { $count } eigen uitslagen
}{ $reflections ->
    [0] {""}
    [one] , met 1 antwoord op een reflectievraag
   *[other] , met { $reflections } antwoorden op reflectievragen
}{ $goals ->
    [0] {""}
    [one] {" "}en 1 doel
   *[other] {" "}en { $goals } doelen
}
data-wipe-scan = de scan die je nog niet af hebt
data-wipe-groups = { $count ->
    [one] 1 workshopgroep:
   *[other] { $count } workshopgroepen:
}
data-wipe-situations = { $count ->
    [one] 1 situatie die je hebt beschreven:
   *[other] { $count } situaties die je hebt beschreven:
}
data-wipe-group = { $name } ({ $members ->
    [one] 1 deelnemer
   *[other] { $members } deelnemers
})
data-wipe-requests = { $count ->
    [one] 1 vraag aan collega's, met de antwoorden
   *[other] { $count } vragen aan collega's, met hun antwoorden
}
data-wipe-copies = { $count ->
    [one] 1 oude kopie van je gegevens die Rolspiegel zelf heeft bewaard, in de map { $folder }
   *[other] { $count } oude kopieën van je gegevens die Rolspiegel zelf heeft bewaard, in de map { $folder }
}
data-wipe-saved = { $count ->
    [one] 1 reservekopie die je zelf in de map { $folder } hebt gezet, blijft staan. Wil je die ook weg? Verwijder het bestand dan zelf.
   *[other] { $count } reservekopieën die je zelf in de map { $folder } hebt gezet, blijven staan. Wil je die ook weg? Verwijder de bestanden dan zelf.
}
data-wipe-backup-first = Wil je alles later nog kunnen terugzetten? Bewaar dan eerst een reservekopie. Daarin staan je uitslagen, notities, doelen, situaties en workshopgroepen.
data-wipe-backup = Bewaar eerst een reservekopie
data-wipe-backup-failed = De reservekopie is niet bewaard. Als je nu alles wist, kun je het later niet terugzetten.
data-wipe-yes = Ja, wis alles
data-wipe-no = Nee, niets wissen
data-wipe-done = { $copies ->
    [0] Alles is gewist.
    [one] Alles is gewist, ook 1 oude kopie.
   *[other] Alles is gewist, ook { $copies } oude kopieën.
}
data-backup = Bewaar een reservekopie van alles
data-folder = Je gegevens staan in de map { $folder }.
import-heading = Ingelezen uit { $file }
import-summary = { $added ->
    [one] Eén uitslag toegevoegd.
   *[other] { $added } uitslagen toegevoegd.
} { $present ->
    [0] {""}
    [one] Eén uitslag stond er al.
   *[other] { $present } uitslagen stonden er al.
} { $skipped ->
    [0] {""}
    [one] Eén uitslag is niet ingelezen:
   *[other] { $skipped } uitslagen zijn niet ingelezen:
}
import-problem = Uitslag { $position }: { $reason }
import-more-problems = { $count ->
    [one] En nog 1 uitslag is niet ingelezen.
   *[other] En nog { $count } uitslagen zijn niet ingelezen.
}
import-not-read = { $count ->
    [one] 1 uitslag aan het eind van het bestand is niet gelezen: een bestand kan er hoogstens { $limit } bevatten.
   *[other] { $count } uitslagen aan het eind van het bestand zijn niet gelezen: een bestand kan er hoogstens { $limit } bevatten.
}
import-group = Groep { $name }: { $added ->
    [one] 1 deelnemer teruggezet
   *[other] { $added } deelnemers teruggezet
}{ $present ->
    [0] {""}
    [one], 1 stond er al
   *[other], { $present } stonden er al
}{ $problems ->
    [0] {""}
    [one], 1 niet ingelezen
   *[other], { $problems } niet ingelezen
}.
import-group-refused = Groep { $position } is niet ingelezen: { $reason }
import-cleaned = { $count ->
    [one] In 1 uitslag stonden onzichtbare tekens die een oudere versie van Rolspiegel bewaarde, zoals tekens die de leesrichting omdraaien. Die tekens zijn weggehaald; de rest van de tekst is hetzelfde.
   *[other] In { $count } uitslagen stonden onzichtbare tekens die een oudere versie van Rolspiegel bewaarde, zoals tekens die de leesrichting omdraaien. Die tekens zijn weggehaald; de rest van de tekst is hetzelfde.
}
import-group-cleaned = { $count ->
    [one] Groep { $name }: bij 1 deelnemer of in de gegevens van de groep zijn onzichtbare tekens weggehaald.
   *[other] Groep { $name }: bij { $count } deelnemers of in de gegevens van de groep zijn onzichtbare tekens weggehaald.
}
import-group-not-read = { $count ->
    [one] Groep { $name }: 1 deelnemer aan het eind is niet gelezen. Een groep kan er hoogstens { $limit } hebben.
   *[other] Groep { $name }: { $count } deelnemers aan het eind zijn niet gelezen. Een groep kan er hoogstens { $limit } hebben.
}
import-situations = Situaties: { $added ->
    [one] 1 teruggezet
   *[other] { $added } teruggezet
}{ $present ->
    [0] {""}
    [one], 1 stond er al
   *[other], { $present } stonden er al
}.
import-situation-problem = Situatie { $position } is niet ingelezen: { $reason }
import-more-situation-problems = { $count ->
    [one] En nog 1 situatie is niet ingelezen.
   *[other] En nog { $count } situaties zijn niet ingelezen.
}
import-requests = Vragen aan collega's: { $requests ->
    [one] 1 vraag
   *[other] { $requests } vragen
} teruggezet, { $answers ->
    [one] 1 antwoord van een collega erbij.
   *[other] { $answers } antwoorden van collega's erbij.
}
import-requests-not-added = { $count ->
    [one] 1 vraag of antwoord van collega's is niet teruggezet: het is niet te lezen, of het verschilt van wat hier al staat.
   *[other] { $count } vragen of antwoorden van collega's zijn niet teruggezet: ze zijn niet te lezen, of ze verschillen van wat hier al staat.
}
import-groups-not-read = { $count ->
    [one] 1 groep aan het eind van het bestand is niet gelezen: een reservekopie kan er hoogstens { $limit } bevatten.
   *[other] { $count } groepen aan het eind van het bestand zijn niet gelezen: een reservekopie kan er hoogstens { $limit } bevatten.
}

# Uitslagen vergelijken.
compare-heading = { $count } uitslagen vergelijken
compare-chart-label = Radardiagram met de gekozen uitslagen.
compare-chart-item = { $title }: { role-bureaucraat-name } { NUMBER($bureaucraat, minimumFractionDigits: 1, maximumFractionDigits: 1) }, { role-ondernemer-name } { NUMBER($ondernemer, minimumFractionDigits: 1, maximumFractionDigits: 1) }, { role-verbinder-name } { NUMBER($verbinder, minimumFractionDigits: 1, maximumFractionDigits: 1) }.
compare-table-caption = Scores per uitslag, met de verandering sinds de uitslag ervoor
compare-table-result = Uitslag
compare-pair = Van { $from } naar { $to }
compare-overall = Van de eerste naar de laatste: { $from } naar { $to }
compare-verdict = { $role }: { $delta } punten.
# $range is a change's range in words ("tussen +1,0 en +23,5").
compare-verdict-range = { $role }: { $delta } punten, { $range }.
compare-noise-heading = Echte verandering of toeval?
compare-lists-differ = Deze uitslagen horen bij verschillende lijsten met stellingen (lijst { $first } en lijst { $last }). De scores zijn op dezelfde manier berekend, maar de stellingen zijn niet dezelfde. Een verschil kan dus ook door de andere lijst komen. Daarom zeggen we bij deze uitslagen niet of een verandering groter is dan de meetruis.
compare-noise-intro = Geen meting is precies. Als je de scan twee keer vlak na elkaar doet, krijg je ook niet twee keer dezelfde scores. Dat heet meetruis. Een verandering die groter is dan de meetruis, is waarschijnlijk echt.
compare-noise-method = Hoe we dat berekenen: we schatten de meetruis uit je eigen antwoorden. Hoe meer je antwoorden bij één rol uiteenlopen, hoe groter de ruis. Bij elke verandering staat tussen welke getallen de echte verandering bijna zeker ligt. Valt nul daarbuiten, dan is de verandering waarschijnlijk echt. We noemen hem pas duidelijk echt als de kans klein is dat toeval bij één van de drie rollen zo'n verschil geeft: kleiner dan 5 procent.
compare-trend-heading = Je rollen door de tijd
compare-trend-intro = Elke lijn is een rol. Links staat je oudste uitslag, rechts je nieuwste. De afstand tussen de punten past bij de tijd ertussen.
compare-trend-label = Lijndiagram van je scores per rol door de tijd. De cijfers staan in de tabel hierboven.
compare-back = Terug naar al je uitslagen

# Groepen voor de begeleider.
group-csv-number = Deelnemer
group-csv-name = Naam
projection-triangle = De driehoek van de drie rollen. Elke hoek is een rol. Waar sta jij?
projection-dots = Elke stip is een deelnemer: { $count } in totaal. Hoe groter de stip, hoe sterker die deelnemer zich in de rollen herkent.
projection-centre = Het kruis is het midden van de groep.
projection-spread-1 = Hoe ver liggen de scores uit elkaar? { $role }.
projection-spread-2 = Hoe ver liggen de scores uit elkaar? Nu ook { $role }.
projection-spread-3 = Hoe ver liggen de scores uit elkaar? Nu ook { $role }.
dialog-open-participants = Uitslagen van deelnemers toevoegen
dialog-save-participant = Uitslag voor de begeleider bewaren
dialog-filter-participant = Uitslag voor de begeleider (JSON)

# Begeleider: groepen.
welcome-situations-heading = Wat vraagt een situatie?
welcome-situations-text = Elke situatie vraagt een andere mix van de drie rollen. Beschrijf een situatie uit je werk en zet die naast hoe jij werkt.
welcome-situations = Naar je situaties
welcome-facilitator-heading = Begeleid je een workshop?
welcome-facilitator = Verzamel de uitslagen van de deelnemers en laat de groep zien op het scherm. Alles blijft op deze computer.
welcome-restore-heading = Eerder bewaarde gegevens
welcome-restore = Heb je je gegevens of een reservekopie in een bestand bewaard, bijvoorbeeld op een andere computer? Dan kun je ze hier inlezen.
welcome-restore-button = Naar je gegevens
welcome-groups = Naar je groepen
groups-heading = Je groepen
groups-intro = Maak een groep voor elke workshop. Voeg de bestanden van de deelnemers toe en laat zien waar de groep staat.
groups-empty = Je hebt nog geen groepen.
groups-item = { $name }{ $dated ->
    [yes] , { $date }
   *[no] {""}
} ({ $count ->
    [one] één uitslag
   *[other] { $count } uitslagen
})
groups-new = Nieuwe groep
groups-create = Maak de groep
group-name = Naam van de groep
group-date = Datum van de workshop (mag leeg)
group-notes = Notities (mag leeg)
group-meta = { $count ->
    [one] Eén uitslag
   *[other] { $count } uitslagen
}{ $dated ->
    [yes] . Workshop op { $date }.
   *[no] .
}
group-add-files = Voeg uitslagen toe
group-drop = Of sleep de bestanden van de deelnemers naar dit venster.
group-project = Laat zien op het scherm
group-import-summary = { $added ->
    [one] Eén uitslag toegevoegd.
   *[other] { $added } uitslagen toegevoegd.
} { $present ->
    [0] {""}
    [one] Eén uitslag zat al in de groep.
   *[other] { $present } uitslagen zaten al in de groep.
} { $skipped ->
    [0] {""}
    [one] Eén bestand is niet toegevoegd:
   *[other] { $skipped } bestanden zijn niet toegevoegd:
}
group-import-problem = { $file }: { $reason }
group-import-more-problems = { $count ->
    [one] En nog 1 uitslag is niet toegevoegd.
   *[other] En nog { $count } uitslagen zijn niet toegevoegd.
}
group-import-not-read = { $count ->
    [one] 1 deelnemer aan het eind van het bestand is niet gelezen: een bestand kan er hoogstens { $limit } bevatten.
   *[other] { $count } deelnemers aan het eind van het bestand zijn niet gelezen: een bestand kan er hoogstens { $limit } bevatten.
}
group-too-small = Vanaf { $min } uitslagen zie je de groep. Nu zijn het er { $count }. Zo is niemand herkenbaar.
group-show-names = Laat namen zien (alleen van deelnemers die een naam invulden)
group-stats-caption = De groep per rol, op een schaal van 0 tot 100
group-stats-role = Rol
group-stats-n = Aantal
group-stats-mean = Gemiddelde
group-stats-sd = Spreiding (sd)
group-stats-range = Laagste – hoogste
group-range = { NUMBER($min, minimumFractionDigits: 1, maximumFractionDigits: 1) } – { NUMBER($max, minimumFractionDigits: 1, maximumFractionDigits: 1) }
group-shape-note = Deze groep is groot: { $count } deelnemers. Daarom laten de grafieken de vorm van de groep zien, niet iedereen apart. Vanaf { $from } deelnemers gaat dat zo.
group-mixmap-heading-shape = Waar staat de groep?
group-mixmap-intro-shape = Elke hoek is een rol. Hoe donkerder een stukje van de driehoek, hoe meer deelnemers daar staan. Hoe dichter bij een hoek, hoe groter het aandeel van die rol. Het kruis is het midden van de groep.
group-mixmap-label-shape = Driehoek met { $count } deelnemers als vlakken: hoe donkerder, hoe meer deelnemers. Het midden van de groep is een kruis. De cijfers staan in de tabellen.
group-spread-heading-shape = Hoe ver liggen de scores uit elkaar?
group-spread-intro-shape = Per rol een staaf voor elke 5 punten: hoe hoger de staaf, hoe meer deelnemers die score hebben. De dikke streep is het gemiddelde.
group-spread-label-shape = Staafjes per rol voor { $count } deelnemers, met het gemiddelde als streep. De cijfers staan in de tabellen.
group-radar-heading-shape = De groep op het radardiagram
group-radar-intro-shape = Op elke as loopt de lichte band van de laagste tot de hoogste score. De donkere band is de middelste helft van de groep. De dikke lijn is het gemiddelde.
group-radar-label-shape = Radardiagram van { $count } deelnemers: per rol een band van laagste tot hoogste score, de middelste helft donkerder, en het gemiddelde als dikke lijn. De cijfers staan in de tabellen.
projection-dots-shape = Hoe donkerder, hoe meer deelnemers daar staan: { $count } in totaal.
group-mixmap-heading = Waar staat de groep?
group-mixmap-intro = Elke hoek is een rol. Elke stip is een deelnemer: hoe dichter bij een hoek, hoe groter het aandeel van die rol. Hoe groter de stip, hoe sterker die deelnemer zich in de rollen herkent. Het kruis is het midden van de groep.
group-mixmap-label = Driehoek met { $count } deelnemers als stippen en het midden van de groep als kruis. De cijfers staan in de tabellen.
group-spread-heading = Hoe ver liggen de scores uit elkaar?
group-spread-intro = Per rol een stip voor elke deelnemer. De dikke streep is het gemiddelde. Het gesprek gaat over de verschillen, niet alleen over het gemiddelde.
group-spread-label = Stippen per rol voor { $count } deelnemers met het gemiddelde als streep. De cijfers staan in de tabellen.
group-radar-heading = Alle deelnemers op het radardiagram
group-radar-intro = Elke dunne lijn is een deelnemer. De dikke lijn is het gemiddelde van de groep.
group-radar-label = Radardiagram met { $count } deelnemers als dunne lijnen en het gemiddelde als dikke lijn. De cijfers staan in de tabellen.
group-participants-caption = De scores van elke deelnemer
group-participant = Deelnemer { $number }
group-export-csv = Bewaar als spreadsheet (CSV)
group-edit = Groep aanpassen
group-save = Bewaar
group-delete = Verwijder de groep
group-delete-confirm = Weet je zeker dat je de groep '{ $name }' wilt verwijderen? De uitslagen van de deelnemers in deze groep zijn dan weg. Je eigen uitslagen blijven.
group-back = Terug naar je groepen
projection-title = { $name } · { $count } deelnemers
projection-keys = Stap { $step } van { $steps }. Pijl rechts of spatie: verder. Pijl links: terug. Escape: stoppen.

# Deelnemer: bestand voor de begeleider.
participant-heading = Doe je mee aan een workshop?
participant-intro = Bewaar een klein bestand voor de begeleider. Daarin staan alleen je antwoorden en scores, geen notities of doelen.
participant-name = Je naam of bijnaam (mag leeg)
participant-name-hint = Laat dit leeg als je anoniem wilt blijven. De begeleider ziet namen alleen als die ze aanzet.
participant-save = Bewaar voor de begeleider
dialog-save-group = Groep bewaren als bestand
dialog-open-group = Groepsbestand openen
dialog-filter-group = Rolspiegel-groep (JSON)
group-export-file = Bewaar de groep als bestand
group-export-file-hint = Voor een andere begeleider. Namen gaan alleen mee als ze nu zichtbaar zijn.
groups-open-file = Open een groepsbestand
group-add-own = Voeg je eigen uitslagen toe
group-add-own-button = Voeg de gekozen uitslagen toe
group-participants-show = Toon de scores van alle { $count } deelnemers

## Live sessie: deelnemers doen mee met hun telefoon
live-heading = Live sessie met telefoons
live-intro = Deelnemers doen mee met hun telefoon. Ze hebben geen app en geen account nodig. Alles blijft op deze laptop. Er gaat niets naar internet.
live-address-label = Netwerk van de zaal
live-address-option = { $interface } – { $address }
live-address-default = { $interface } – { $address } (waarschijnlijk de wifi)
live-no-network = Deze computer heeft geen netwerk. Maak verbinding met de wifi van de zaal en open dit scherm opnieuw.
live-start = Start de live sessie
live-show = Toon het deelnamescherm
live-running-elsewhere = Er loopt een live sessie op een andere groep. Stop die eerst.
live-running-colleagues = Er loopt een live sessie voor een vraag aan collega's. Stop die eerst.
live-join-heading = Doe mee met je telefoon
live-join-scan = Scan de QR-code met de camera van je telefoon.
live-join-type = Of open { $url } en typ de code.
live-code-label = Code
live-qr-label = QR-code met het adres { $url }
live-counts-heading = Zo ver is de zaal
live-count-joined = Meegedaan
live-count-waiting = Nog niets ingevuld
live-count-answering = Bezig
live-count-finished = Klaar
live-joining-closed = Meedoen is gesloten. Wie al meedoet, kan verder.
live-close-joining = Sluit meedoen
live-open-joining = Open meedoen weer
live-renew-code = Maak een nieuwe code
live-reveal = Toon de uitslagen van de groep
live-hide = Verberg de uitslagen
live-end = Stop de live sessie
live-end-confirm = Wil je de live sessie stoppen? Telefoons kunnen dan niets meer sturen. Afgeronde uitslagen blijven in de groep.
live-end-yes = Ja, stop de sessie
live-end-no = Nee, ga door
live-to-group = Naar de groep
live-devices-heading = Houdt één apparaat de zaal op?
live-devices-intro = Elk apparaat krijgt een eerlijk deel van deze laptop, dus één apparaat kan de rest van de zaal niet buitensluiten. Hieronder staan apparaten die meer vragen dan één telefoon: meerdere deelnemers, veel verbindingen of geweigerde verzoeken. Klopt er iets niet, haal het apparaat er dan uit. Wie al klaar is, blijft in de groep.
live-devices-none = Geen enkel apparaat vraagt meer dan één telefoon.
live-remove-waiting = { $count ->
    [0] Iedereen heeft al iets ingevuld
    [one] Haal 1 deelnemer die nog niets heeft ingevuld uit de sessie
   *[other] Haal { $count } deelnemers die nog niets hebben ingevuld uit de sessie
}
live-devices-caption = Apparaten die meer vragen dan één telefoon
live-device-address = Adres
live-device-participants = Deelnemers
live-device-waiting = Nog niets ingevuld
live-device-connections = Verbindingen
live-device-refused = Geweigerd
live-device-action = Wat je kunt doen
live-device-block = Blokkeer { $address }
live-device-unblock = Laat { $address } weer toe
live-device-blocked = { $address } (geblokkeerd)
live-hidden = De uitslagen van de groep zijn verborgen tot je ze laat zien. Zo kijkt niemand mee terwijl de zaal nog bezig is.
live-test-hint = Probeer het eerst zelf: scan de code met je eigen telefoon voordat de zaal begint.
live-checklist-heading = Lukt meedoen niet?
live-check-same-network = Telefoons en deze laptop moeten op hetzelfde wifi-netwerk zitten.
live-check-guest = Een gastnetwerk dat apparaten van elkaar afschermt, werkt niet. Vraag om een ander netwerk, of zet een hotspot aan op je eigen telefoon.
live-check-mobile-data = Heeft de wifi geen internet? Dan schakelt een telefoon soms over op mobiele data. Zet mobiele data dan even uit.
live-check-plain = De verbinding is niet versleuteld. Iemand op hetzelfde netwerk kan in principe meelezen. Gebruik een netwerk dat je vertrouwt.

## Suggested file names in the save dialog: rolspiegel-<name>-<date>.<extension>.
## Only lower-case letters, digits and hyphens.
file-name-chart = grafiek
file-name-timeline = tijdlijn
file-name-data = gegevens
file-name-backup = reservekopie
file-name-group = groep
file-name-group-radar = groep-radar
file-name-group-triangle = groep-driehoek
file-name-group-spread = groep-spreiding
file-name-answers = antwoorden
file-name-retest = tweede-meting
file-name-participant = deelnemer

## The copies kept beside the database, on the history screen.
copies-heading = Oude kopieën van je gegevens
copies-intro = Voor elke update bewaart Rolspiegel een kopie van je gegevens in de map met je gegevens. Een beschadigd bestand wordt ook bewaard. Een reservekopie die je zelf in die map zet, staat hier ook. Je kunt terugzetten wat in een kopie staat. Wat nu in Rolspiegel staat, blijft zoals het is.
copies-backup = Kopie van { $date }, gemaakt voor een update: { $results ->
    [one] 1 uitslag
   *[other] { $results } uitslagen
}, { $groups ->
    [one] 1 groep
   *[other] { $groups } groepen
}, { $situations ->
    [one] 1 situatie.
   *[other] { $situations } situaties.
}
copies-damaged = Beschadigd bestand van { $date }. Hieruit is nog te halen: { $results ->
    [one] 1 uitslag
   *[other] { $results } uitslagen
}, { $groups ->
    [one] 1 groep
   *[other] { $groups } groepen
}, { $situations ->
    [one] 1 situatie.
   *[other] { $situations } situaties.
}
copies-earlier = Gegevens uit de map van een eerdere versie van Rolspiegel, laatst gewijzigd op { $date }: { $results ->
    [one] 1 uitslag
   *[other] { $results } uitslagen
}, { $groups ->
    [one] 1 groep
   *[other] { $groups } groepen
}, { $situations ->
    [one] 1 situatie.
   *[other] { $situations } situaties.
}
copies-saved = Reservekopie { $file }, bewaard op { $date }: { $results ->
    [one] 1 uitslag
   *[other] { $results } uitslagen
}, { $groups ->
    [one] 1 groep
   *[other] { $groups } groepen
}, { $situations ->
    [one] 1 situatie.
   *[other] { $situations } situaties.
}
copies-saved-unreadable = Reservekopie { $file }, bewaard op { $date }. Rolspiegel kan er niets uit lezen. Misschien is het bestand gemaakt met een nieuwere versie.
copies-unreadable = Beschadigd bestand van { $date }. Rolspiegel kan er niets meer uit lezen.
copies-add = Zet terug wat hierin staat
