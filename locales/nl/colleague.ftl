# Hoe zien collega's jou: de teksten van het venster.

## De open vragen die iemand zijn collega's standaard stelt (ze zijn aan te passen).
colleague-question-1 = Wanneer zie je mij op mijn best in mijn werk?
colleague-question-2 = Welke rol zou ik vaker kunnen pakken, en in welke situatie?
colleague-question-3 = Wat zou je mij aanraden om anders te doen?

## Antwoordcodes die terugkomen. $number is de hoeveelste code in wat je plakte of in het bestand.
colleague-codes-added = { $added ->
    [0] Er zijn geen nieuwe antwoorden bijgekomen.
    [one] Er is 1 nieuw antwoord bijgekomen.
   *[other] Er zijn { $added } nieuwe antwoorden bijgekomen.
}
colleague-codes-already = { $count ->
    [one] 1 code was er al. Die telt maar één keer mee.
   *[other] { $count } codes waren er al. Die tellen maar één keer mee.
}
colleague-codes-not-read = { $count ->
    [one] 1 code is niet gelezen. Je kunt er { $limit } tegelijk toevoegen.
   *[other] { $count } codes zijn niet gelezen. Je kunt er { $limit } tegelijk toevoegen.
}
colleague-codes-files-unread = { $count ->
    [one] 1 bestand kon niet worden gelezen: het is te groot, of het is er niet meer.
   *[other] { $count } bestanden konden niet worden gelezen: ze zijn te groot, of ze zijn er niet meer.
}
colleague-code-not-a-code = Code { $number } is geen antwoordcode. Een antwoordcode begint met RSP-.
colleague-code-too-long = Code { $number } is te lang voor een antwoordcode.
colleague-code-damaged = Code { $number } is niet compleet, of er is iets in veranderd. Vraag je collega om de code nog een keer te sturen, of het bestand.
colleague-code-newer-version = Code { $number } is gemaakt met een nieuwere versie van Rolspiegel. Zet eerst die versie op deze computer.
colleague-code-out-of-range = Code { $number } heeft een antwoord dat niet op de schaal past.
colleague-code-too-much-text = Code { $number } heeft meer open antwoorden dan je vroeg.
colleague-code-bad-text = Code { $number } heeft tekst die Rolspiegel niet kan lezen.
colleague-code-other-request = Code { $number } hoort bij een andere vraag om feedback.
colleague-code-other-list = Code { $number } is ingevuld met een andere lijst met uitspraken.
colleague-code-wrong-count = Code { $number } heeft niet bij elke uitspraak een antwoord.
colleague-code-conflict = Code { $number } kwam al eerder binnen, met andere antwoorden. De eerste antwoorden blijven staan.
colleague-code-refused = Code { $number } kon niet worden bewaard.

## Wat collega's zien, naast je eigen uitslag.
colleague-legend-own = Jouw eigen beeld ({ $date })
colleague-legend-colleagues = Je collega's: gemiddelde, en van laag tot hoog

## Bestanden / Files
dialog-save-form = Antwoordformulier voor collega's bewaren
dialog-filter-form = Webpagina (HTML)
dialog-open-codes = Bestanden met antwoordcodes toevoegen
dialog-filter-codes = Antwoordcodes (tekst)
file-name-form = formulier-collegas

## Het scherm "Hoe zien collega's jou?"
colleagues-heading = Hoe zien collega's jou?
colleagues-intro = Vraag collega's hoe zij jou in het werk zien. Zij vullen een formulier in op hun computer of telefoon. Ze hoeven niets te installeren. Daarna sturen ze jou een korte code. Die zet je hier neer.
colleagues-privacy = Je ziet pas iets als minstens drie collega's hebben geantwoord. Je ziet nooit de antwoorden van één collega, alleen het gemiddelde en van laag tot hoog. Alles blijft op deze computer.
colleagues-requests-heading = Je vragen aan collega's
colleagues-request-line = Vraag van { $date }: { $count ->
    [0] nog geen antwoorden.
    [one] 1 collega heeft geantwoord.
   *[other] { $count } collega's hebben geantwoord.
}
colleagues-open = Open
colleagues-new-heading = Nieuwe vraag aan collega's
colleagues-known-as = Je naam op het formulier (mag leeg blijven)
colleagues-known-as-hint = De naam waaronder je collega's je kennen. Zonder naam staat er "je collega".
colleagues-form-language = Taal van het formulier
colleagues-language-nl = Nederlands
colleagues-language-en = Engels
colleagues-questions = Open vragen
colleagues-questions-hint = Je kunt ze aanpassen of leeg laten. Een lege vraag komt niet op het formulier.
colleagues-question-label = Vraag { $n }
colleagues-make = Maak de vraag
colleagues-back = Terug naar je vragen
colleague-heading = Vraag aan collega's van { $date }
colleague-summary = { $count ->
    [0] Nog geen collega heeft geantwoord.
    [one] 1 collega heeft geantwoord.
   *[other] { $count } collega's hebben geantwoord.
}
colleague-summary-named = Voor { $name }. { $count ->
    [0] Nog geen collega heeft geantwoord.
    [one] 1 collega heeft geantwoord.
   *[other] { $count } collega's hebben geantwoord.
}
colleague-send-heading = 1. Stuur het formulier
colleague-send-intro = Bewaar het formulier als bestand. Stuur het naar minstens drie collega's, bijvoorbeeld als bijlage bij een mail. Het formulier werkt in elke browser, ook zonder internet.
colleague-save-form = Bewaar het formulier
colleague-add-heading = 2. Zet de antwoorden erin
colleague-codes-label = Plak hier de codes die je kreeg
colleague-codes-hint = Een code begint met RSP-. Je kunt meer codes tegelijk plakken, ook met de rest van de mail erbij.
colleague-codes-add = Voeg de codes toe
colleague-codes-files = Voeg bestanden met codes toe
colleague-codes-drop = Of sleep bestanden met codes hierheen.
colleague-view-heading = 3. Hoe je collega's je zien
colleague-waiting = { $counted ->
    [one] 1 collega heeft geantwoord.
   *[other] { $counted } collega's hebben geantwoord.
} Je ziet pas iets bij { $needed } collega's. { $more ->
    [one] Er is nog 1 collega nodig.
   *[other] Er zijn nog { $more } collega's nodig.
}
colleague-too-few = { $count ->
    [one] 1 collega gaf te weinig antwoorden om mee te tellen.
   *[other] { $count } collega's gaven te weinig antwoorden om mee te tellen.
}
colleague-no-result = Doe eerst zelf de scan. Dan zie je wat je collega's zien naast je eigen beeld.
colleague-counted = Dit is het beeld van { $count } collega's, naast je eigen uitslag.
colleague-result-label = Naast welke uitslag van jezelf
colleague-seen-more = Je collega's zien duidelijk meer van de { $role } in jou dan jijzelf.
colleague-seen-about = Je collega's zien ongeveer evenveel van de { $role } in jou als jijzelf.
colleague-seen-less = Je collega's zien duidelijk minder van de { $role } in jou dan jijzelf.
colleague-seen-unknown = Over de { $role } valt niets te zeggen: van je eigen uitslag is niet bekend hoe precies die is.
colleague-chart-label = Radar met jouw eigen beeld en dat van je collega's. Jij: { $own } Je collega's gemiddeld: { $mean }
colleague-table-caption = Jouw eigen beeld en dat van je collega's, per rol (0 tot 100)
colleague-table-role = Rol
colleague-table-own = Jijzelf
colleague-table-mean = Collega's gemiddeld
colleague-table-range = Collega's van laag tot hoog
colleague-table-verdict = Wat je collega's zien
colleague-range = { $low } tot { $high }
colleague-verdict-more = duidelijk meer
colleague-verdict-about = ongeveer evenveel
colleague-verdict-less = duidelijk minder
colleague-verdict-unknown = niet te zeggen
colleague-how = "Duidelijk" betekent: het verschil is groter dan wat toeval kan geven. Daarbij telt mee hoe precies jouw uitslag is en hoeveel je collega's van elkaar verschillen.
colleague-hidden-strength = Zien je collega's duidelijk meer van een rol dan jijzelf? Dan is dat misschien een verborgen kracht. Anderen zien je die rol pakken, ook als je dat zelf niet zo voelt.
colleague-blind-spot = Zien je collega's duidelijk minder van een rol dan jijzelf? Dan is dat misschien een blinde vlek. Je rekent op die rol, maar anderen zien het minder. Geen van beide is goed of fout: het is iets om over te praten.
colleague-meaning-heading = Verborgen kracht of blinde vlek?
colleague-meaning-none = Je collega's zien elke rol ongeveer zoals jij. Er is dus geen duidelijke verborgen kracht of blinde vlek. Praat er toch over: in welke situaties zien zij welke rol bij jou?
colleague-open-heading = Wat je collega's schreven
colleague-open-hint = In willekeurige volgorde, los van de scores. Je weet niet wie wat schreef.
colleague-open-none = Niemand schreef hier iets.
colleague-delete = Haal deze vraag weg
colleague-delete-confirm = Deze vraag en alle antwoorden weghalen? Dat kan niet ongedaan worden.
colleague-delete-yes = Ja, haal weg
colleague-delete-no = Nee, laat staan
history-colleagues-intro = Vraag collega's hoe zij jou zien, en zet dat naast je eigen beeld.
history-colleagues-open = Vraag het je collega's

## In het PDF-verslag van een uitslag
report-colleagues-heading = Hoe zien collega's jou?
report-colleagues-intro = Je hebt collega's gevraagd hoe zij jou zien. Hier staat hun beeld naast deze uitslag, bij elke vraag waarop minstens drie collega's antwoordden: het gemiddelde, en van laag tot hoog. Wat één collega antwoordde, staat hier niet in. Ook de open antwoorden niet: die zie je alleen in Rolspiegel.
colleague-report = Bewaar als PDF
colleague-report-hint = Het PDF-verslag van je uitslag krijgt dit beeld erbij. De open antwoorden van je collega's komen er niet in.

## Collega's in dezelfde ruimte (een live sessie met het formulier)
colleague-room-heading = Of: collega's in dezelfde ruimte
colleague-room-intro = Zitten je collega's bij je, op hetzelfde wifi-netwerk? Dan vullen ze het formulier in op hun telefoon. Hun antwoorden komen meteen hier binnen, zonder code. Alles blijft op deze laptop.
colleague-room-start = Open het formulier in deze ruimte
colleague-room-busy = Er loopt al een live sessie. Stop die eerst.
colleague-room-count = { $count ->
    [0] Via het netwerk zijn nog geen antwoorden binnen.
    [one] Via het netwerk is 1 antwoord binnen.
   *[other] Via het netwerk zijn { $count } antwoorden binnen.
}
colleague-room-privacy = Je ziet niet wie er antwoordde. Ook hier zie je pas iets als minstens drie collega's hebben geantwoord.
colleague-room-end = Sluit het formulier in deze ruimte
colleague-room-view-later = Je ziet het beeld van je collega's als je het formulier in deze ruimte sluit. Zo ziet niemand wiens antwoorden er net bij kwamen.
