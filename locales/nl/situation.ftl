# De situatielijst: wat vraagt een situatie van de drie rollen? Elke zin
# spiegelt een kenmerk van de lijst over jezelf (docs/STATEMENTS.md).
situation-statement-sb01 = Hier moet iedereen in dezelfde situatie precies hetzelfde behandeld worden.
situation-statement-sb02 = Wat we hier doen, moet precies passen binnen de wet en de regels.
situation-statement-sb03 = Elk besluit moet hier goed worden vastgelegd, zodat het later te controleren is.
situation-statement-sb04 = Hier voeren we een besluit van de politiek of het bestuur trouw uit.
situation-statement-sb05 = Mensen moeten hier vooraf weten waar ze aan toe zijn.
situation-statement-sb06 = Welke regels hier precies gelden, is een bijzaak.
situation-statement-sb07 = Afspraken kunnen hier gewoon mondeling, zonder dat iemand ze opschrijft.
situation-statement-sb08 = Hier mag mijn eigen mening meewegen in hoe een zaak afloopt.
situation-statement-sb09 = Uitleggen hoe een besluit tot stand kwam, hoeft hier alleen als iemand erom vraagt.
situation-statement-sb10 = Hoe een zaak hier afloopt, mag afhangen van wie erom vraagt.
situation-statement-so01 = Deze situatie vraagt dat ik zelf met voorstellen kom.
situation-statement-so02 = Hier zijn nieuwe oplossingen nodig, ook als de oude nog werken.
situation-statement-so03 = Hier moeten we risico's durven nemen om een beter resultaat te halen.
situation-statement-so04 = Hier telt vooral welk resultaat we halen, en dat meten we.
situation-statement-so05 = Hier moeten we burgers snel en zonder verspilling helpen.
situation-statement-so06 = Hier vermijden we risico's, ook als daardoor een kans blijft liggen.
situation-statement-so07 = Hier werken we zoals we gewend zijn, ook als het beter kan.
situation-statement-so08 = Welk resultaat er precies uit moet komen, mag hier open blijven.
situation-statement-so09 = Hoeveel tijd en geld het kost, is hier een bijzaak.
situation-statement-so10 = Hoe we het doen vergeleken met andere teams, is hier een bijzaak.
situation-statement-sv01 = Deze situatie vraagt dat ik contacten leg binnen en buiten de organisatie.
situation-statement-sv02 = Hier moet ik goed aanvoelen wat er speelt bij de mensen om wie het gaat.
situation-statement-sv03 = Hoe we hier samen tot een besluit komen, is net zo belangrijk als het besluit.
situation-statement-sv04 = Hier staat voorop wat het werk de samenleving oplevert.
situation-statement-sv05 = Hier moeten we partners enthousiast maken om samen het doel te halen.
situation-statement-sv06 = Dit werk doe ik het best alleen, los van anderen.
situation-statement-sv07 = Betrokkenen kunnen hier pas meedenken als het plan klaar is.
situation-statement-sv08 = Wat er leeft bij de mensen om ons heen, speelt hier een kleine rol.
situation-statement-sv09 = Wat het werk de samenleving oplevert, is hier een vraag voor anderen.
situation-statement-sv10 = Terugkijken op wat goed en fout ging, is hier een bijzaak.

## The legend of the radar with both profiles.
situation-legend-own = Hoe jij werkt ({ $date })
situation-legend-asked = Wat '{ $name }' vraagt

## The list of situations.
situations-heading = Wat vraagt een situatie?
situations-intro = Je huidige functie, een project of een crisis: elke situatie vraagt iets anders van een ambtenaar. Beschrijf een situatie en geef aan wat die vraagt. Rolspiegel zet dat naast hoe jij werkt. Dan zie je welke rol je hier meer of minder kunt inzetten.
situations-list-heading = Je situaties
situations-empty = Je hebt nog geen situaties beschreven.
situations-new-heading = Beschrijf een nieuwe situatie
situations-name = Naam van de situatie
situations-name-hint = Bijvoorbeeld: 'mijn huidige functie', 'project Wijkaanpak, fase 2' of 'crisisteam'.
situations-note = Notitie (mag leeg blijven)
situations-add = Geef aan wat deze situatie vraagt
situations-rated = { $count ->
    [one] 1 keer ingevuld, op { $date }
   *[other] { $count } keer ingevuld, het laatst op { $date }
}
situations-not-rated = Nog niet ingevuld.
situations-started = Je bent begonnen met invullen.
situations-rate = Geef aan wat deze situatie vraagt
situations-rate-again = Vul opnieuw in
situations-resume = Ga verder ({ $answered } van { $total } ingevuld)
situations-open = Zet naast je uitslag
situations-delete = Haal weg
situations-delete-confirm = Wil je '{ $name }' weghalen? Alles wat je over deze situatie hebt ingevuld, gaat dan weg.
situations-delete-yes = Ja, haal weg
situations-delete-no = Nee, laat staan

## Rating a situation.
rating-heading = Wat vraagt '{ $name }'?
rating-instructions = Denk aan deze situatie. Geef bij elke zin aan of die klopt voor wat de situatie vraagt. Het gaat niet om hoe jij nu werkt. Het gaat om wat de situatie van een ambtenaar vraagt.

## A situation beside a result.
situation-heading = Wat vraagt '{ $name }'?
situation-rated-on = Ingevuld op { $date }
situation-beside = Naast je uitslag van
situation-no-result = Je hebt nog geen uitslag over hoe jij werkt. Doe eerst de scan. Dan zet Rolspiegel deze situatie ernaast.
situation-unknown-list = Deze situatie is ingevuld met een lijst die deze versie van Rolspiegel niet kent. Rolspiegel zet haar daarom niet naast je uitslag.
situation-gaps-heading = Jij en de situatie
situation-asks-more = De situatie vraagt duidelijk meer van de { $role } dan jij laat zien.
situation-asks-about = De situatie vraagt ongeveer evenveel van de { $role } als jij laat zien. Het verschil kan toeval zijn.
situation-asks-less = De situatie vraagt duidelijk minder van de { $role } dan jij laat zien.
situation-asks-unknown = Bij { $role } kan Rolspiegel niet zeggen of het verschil echt is.
situation-chart-label = Radar met twee vormen. Hoe jij werkt: { $own } Wat de situatie vraagt: { $asked }
situation-table-caption = Jouw scores en wat de situatie vraagt, van 0 tot 100
situation-table-role = Rol
situation-table-own = Jij
situation-table-asked = De situatie
situation-table-gap = Verschil
situation-table-verdict = Wat zegt dat?
situation-gap = { $gap } punten
situation-gap-band = { $gap } punten (toeval tot ± { $band })
situation-verdict-more = vraagt duidelijk meer
situation-verdict-about = ongeveer evenveel
situation-verdict-less = vraagt duidelijk minder
situation-verdict-unknown = niet te zeggen
situation-how = Geen meting is precies, ook deze twee niet. Rolspiegel noemt een verschil pas duidelijk als het groter is dan die onnauwkeurigheid. Daarbij houdt Rolspiegel er rekening mee dat je naar drie rollen tegelijk kijkt.
situation-advice-heading = Wat kun je hiermee?
situation-more-intro = Deze rollen kun je hier meer inzetten. Dit maakt ze sterk, en hier passen ze:
situation-none-more = De situatie vraagt geen rol duidelijk meer dan jij laat zien.
situation-less-intro = Deze rollen vraagt de situatie minder. Let hier op hun valkuilen:
situation-strengths-label = Sterk aan deze rol
situation-situations-label = Waar deze rol past
situation-pitfalls-label = Valkuilen
situation-goal-heading = Een ontwikkeldoel
situation-goal-intro = De situatie vraagt het meest extra van de { $role }. Wil je daarin groeien? Maak er dan een ontwikkeldoel van.
situation-goal = Maak hier een ontwikkeldoel van
situation-goal-text = In '{ $name }' zet ik de { $role } meer in. Dat doe ik zo:
situation-back = Naar je situaties

## The PDF report.
report-situations-heading = Wat vraagt de situatie?
report-situations-intro = Je hebt beschreven wat een of meer situaties vragen. Hier staat elke situatie naast deze uitslag.
situation-report = Bewaar als PDF

## The history screen.
history-situations-heading = Je situaties
history-situation-rated = { $count ->
    [one] 1 keer ingevuld, op { $date }
   *[other] { $count } keer ingevuld, het laatst op { $date }
}
history-situation-open = nog niet ingevuld
history-situations-all = Naar je situaties

## Two ratings of one situation.
situation-since-heading = Sinds de vorige keer
situation-since-intro = Zo is wat de situatie vraagt veranderd sinds je haar invulde op { $date }:

## A workshop group's shared situation.
group-situation-legend-group = De groep (gemiddeld)
group-situation-legend-asked = Wat '{ $name }' vraagt (gemiddeld)
projection-situation = Wat vraagt '{ $name }'? De stippellijn is wat { $count } deelnemers zeggen dat de opdracht vraagt. De dikke lijn is hoe de groep werkt.
group-situation-heading = De opdracht van de groep
group-situation-intro = Werkt de groep aan een gezamenlijke opdracht? Geef die een naam. In een live sessie geven de deelnemers na hun scan op hun telefoon aan wat de opdracht vraagt. Dan zie je de mix van de groep naast wat de opdracht vraagt.
group-situation-name = Naam van de opdracht
group-situation-save = Bewaar de opdracht
group-situation-remove = Haal de opdracht weg
group-situation-saved = De opdracht is bewaard.
group-situation-removed = De opdracht is weggehaald, met wat de deelnemers erover invulden.
group-situation-figures-heading = Wat vraagt '{ $name }'?
group-situation-too-few = { $count ->
    [0] Nog niemand heeft ingevuld wat de opdracht vraagt. Rolspiegel laat dit zien vanaf 3 deelnemers.
    [one] 1 deelnemer heeft ingevuld wat de opdracht vraagt. Rolspiegel laat dit zien vanaf 3 deelnemers.
   *[other] { $count } deelnemers hebben ingevuld wat de opdracht vraagt. Rolspiegel laat dit zien vanaf 3 deelnemers.
}
group-situation-count = { $count } deelnemers hebben ingevuld wat de opdracht vraagt.
group-situation-asks-more = De opdracht vraagt duidelijk meer van de { $role } dan de groep laat zien.
group-situation-asks-about = De opdracht vraagt ongeveer evenveel van de { $role } als de groep laat zien.
group-situation-asks-less = De opdracht vraagt duidelijk minder van de { $role } dan de groep laat zien.
group-situation-asks-unknown = Bij { $role } is niet te zeggen of de opdracht meer of minder vraagt dan de groep laat zien.
group-situation-chart-label = Radar met twee vormen. De groep gemiddeld: { $group } Wat de opdracht vraagt, gemiddeld: { $asked }
group-situation-table-caption = De groep en wat de opdracht vraagt, van 0 tot 100
group-situation-table-group = De groep
group-situation-table-asked = De opdracht
group-situation-table-sd = Spreiding
group-situation-table-range = Van laagst tot hoogst
group-situation-range = { $min } tot { $max }
group-situation-how = De spreiding laat zien hoe eens de deelnemers het zijn over wat de opdracht vraagt: hoe kleiner, hoe meer eens. Rolspiegel noemt een verschil met de groep pas duidelijk als het groter is dan het toeval in beide gemiddelden.
group-import-ratings = Over de opdracht van de groep: { $added ->
    [0] niets toegevoegd
    [one] 1 keer ingevuld toegevoegd
   *[other] { $added } keer ingevuld toegevoegd
}{ $refused ->
    [0] {""}
   *[other], { $refused } niet ingelezen
}.
import-group-ratings = Groep { $name }, over de opdracht: { $added ->
    [0] niets teruggezet
    [one] 1 keer ingevuld teruggezet
   *[other] { $added } keer ingevuld teruggezet
}{ $refused ->
    [0] {""}
   *[other], { $refused } niet ingelezen
}.
group-situation-remove-confirm = Wil je de opdracht weghalen? Wat de deelnemers erover invulden, gaat dan ook weg. Dat kun je niet terughalen.
group-situation-remove-yes = Ja, haal weg
group-situation-remove-no = Nee, laat staan
rating-finish = Klaar
rating-incomplete = Om te zeggen wat de situatie vraagt, moet je bij elke rol minstens acht van de tien zinnen beantwoorden met een mening. 'Weet ik niet' telt niet mee. Hieronder staat per rol hoeveel antwoorden nog nodig zijn.
goal-draft-replaces = Dit doel is alvast ingevuld vanuit een situatie. Je had al een doel bij deze uitslag. Als je dit doel bewaart, vervangt het je oude doel.
