# Wat alleen Rolspiegel zelf gebruikt om het formulier voor collega's te maken
# (crates/app/src/colleagues.rs); het venster laadt dit bestand niet.

# De lijst voor collega's: de stellingen van de huidige lijst (versie 2) in de
# derde persoon, met dezelfde sleutel, zodat eigen beeld en beeld van collega's
# op dezelfde stellingen rusten. Taalniveau B1, hooguit 20 woorden; omgekeerde
# stellingen zonder ontkenning (een test let op beide). docs/STATEMENTS.md zet
# elke stelling naast die over jezelf.

## Bureaucraat
colleague-statement-b01 = Mijn collega vindt het belangrijk dat iedereen in dezelfde situatie hetzelfde besluit krijgt.
colleague-statement-b02 = Mijn collega kijkt eerst wat de wet en de regels zeggen, voordat er een besluit valt.
colleague-statement-b03 = Mijn collega legt vast waarom een besluit is genomen, zodat iemand het later kan terugvinden.
colleague-statement-b04 = Mijn collega voert een politiek besluit loyaal uit, ook als het tegen de eigen mening ingaat.
colleague-statement-b06 = Mijn collega werkt het liefst binnen duidelijke kaders die zeggen wat wel en niet mag.
colleague-statement-b07 = Mijn collega meldt het meteen als er een eigen belang speelt bij een zaak.
colleague-statement-b13 = Mijn collega laat de eigen mening meetellen in hoe een zaak wordt behandeld.
colleague-statement-b15 = Mijn collega zorgt dat mensen vooraf weten welke regels gelden en wat ze kunnen verwachten.
colleague-statement-b16 = Welke regels er precies gelden, zoekt mijn collega pas uit als iemand erom vraagt.
colleague-statement-b17 = Mijn collega werkt dossiers bij als er toevallig tijd voor is.
colleague-statement-b18 = Hoe mijn collega een zaak afhandelt, hangt ook af van hoe iemand overkomt.
colleague-statement-b19 = Mijn collega neemt gewoon een klein cadeau aan van iemand wiens zaak nog loopt.
colleague-statement-b20 = Mijn collega maakt afspraken over een zaak het liefst alleen mondeling.
colleague-statement-b21 = Bij een politiek besluit dat tegen het eigen idee ingaat, kiest mijn collega een eigen weg.

## Ondernemer
colleague-statement-o01 = Mijn collega komt vaak zelf met voorstellen om dingen anders aan te pakken.
colleague-statement-o02 = Mijn collega zoekt graag naar nieuwe oplossingen, ook als de oude nog werken.
colleague-statement-o03 = Mijn collega durft een risico te nemen als de kans op een beter resultaat groot genoeg is.
colleague-statement-o07 = Mijn collega gaat na of een aanpak werkt, en stuurt bij als dat nodig is.
colleague-statement-o09 = Mijn collega vermijdt risico's, ook als daardoor een kans blijft liggen.
colleague-statement-o15 = Mijn collega maakt graag heldere afspraken over wat bereikt moet worden, en wil daarop beoordeeld worden.
colleague-statement-o16 = Mijn collega wil dat ons team beter presteert dan vergelijkbare teams.
colleague-statement-o17 = Mijn collega zoekt steeds naar manieren om burgers sneller en beter te helpen.
colleague-statement-o18 = Ideeën om ons werk te verbeteren laat mijn collega aan anderen over.
colleague-statement-o19 = Als iets af is, is mijn collega tevreden, ook als het veel tijd of geld kostte.
colleague-statement-o20 = Wat een burger van het werk merkt, is voor mijn collega een bijzaak.
colleague-statement-o21 = Mijn collega werkt zoals het altijd ging, ook als het beter kan.
colleague-statement-o22 = Welk resultaat het werk moet opleveren, laat mijn collega graag in het midden.
colleague-statement-o23 = Hoe ons team presteert vergeleken met andere teams, laat mijn collega koud.

## Verbinder
colleague-statement-v01 = Mijn collega investeert bewust in contacten binnen en buiten onze organisatie.
colleague-statement-v03 = Mijn collega voelt goed aan wat er speelt bij de mensen en organisaties eromheen.
colleague-statement-v04 = Bij elke taak vraagt mijn collega zich af wat die de samenleving oplevert.
colleague-statement-v06 = Mijn collega bespreekt fouten open met collega's, zodat we er samen van leren.
colleague-statement-v07 = Hoe we samen tot een besluit komen, vindt mijn collega net zo belangrijk als het besluit zelf.
colleague-statement-v08 = Mijn collega werkt het liefst alleen aan de eigen taken.
colleague-statement-v12 = Mensen enthousiast maken voor een idee laat mijn collega liever aan een ander over.
colleague-statement-v15 = Mijn collega kan anderen enthousiast maken om samen aan een doel te werken.
colleague-statement-v16 = Mijn collega voelt zich zelf verantwoordelijk voor het slagen van een samenwerking met partners.
colleague-statement-v17 = Mijn collega vraagt burgers en partners wat zij nodig hebben, en helpt hen dat zelf te regelen.
colleague-statement-v18 = Contact met mensen buiten het eigen team zoekt mijn collega alleen op als het moet.
colleague-statement-v19 = Feedback van anderen op het werk legt mijn collega meestal naast zich neer.
colleague-statement-v20 = Wat er speelt bij de mensen eromheen, merkt mijn collega vaak pas laat.
colleague-statement-v21 = Wat het werk de samenleving oplevert, vindt mijn collega een vraag voor anderen.
colleague-statement-v22 = Betrokkenen laat mijn collega pas meedenken als het plan al klaar is.
colleague-statement-v23 = Als een samenwerking vastloopt, wacht mijn collega tot een ander het oplost.

## Het formulier dat collega's invullen (één bestand, ook op een telefoon).
## $name is de naam waaronder collega's de vrager kennen, of "je collega".
colleague-form-someone = je collega
colleague-form-language-name = Nederlands
colleague-form-language-label = Taal
colleague-form-title = Hoe zie jij { $name } in het werk?
colleague-form-intro = Hoe zien collega's { $name } in het werk? Dat wil { $name } graag weten. Lees elke uitspraak en kies hoe goed die past bij wat je ziet. Er is geen goed of fout antwoord. Het kost ongeveer 10 minuten.
colleague-form-privacy = Je naam staat niet in je antwoorden, en dit formulier stuurt niets via internet. Aan het eind krijg je een code. Die stuur je zelf op. Pas als minstens drie collega's antwoorden, ziet { $name } het gemiddelde. Jouw antwoorden apart ziet niemand.
colleague-form-statement-of = Uitspraak { $n } van { $total }
colleague-form-open-heading = Open vragen
colleague-form-open-hint = Deze vragen zijn niet verplicht. { $name } ziet de antwoorden los van de rest, in willekeurige volgorde.
colleague-form-make = Maak mijn antwoordcode
colleague-form-missing-heading = Je hebt nog niet alles ingevuld
colleague-form-missing-item = Uitspraak { $n }: kies een antwoord
colleague-form-done-heading = Je antwoordcode
colleague-form-done-intro = Stuur deze code naar { $name }, bijvoorbeeld in een mail of chatbericht. Of bewaar het bestand en stuur dat mee. Daarna kun je deze pagina sluiten.
colleague-form-code-label = Code om op te sturen
colleague-form-copy = Kopieer de code
colleague-form-copied = De code is gekopieerd.
colleague-form-copy-failed = Kopiëren lukte niet. De code is geselecteerd: kopieer hem met Ctrl+C.
colleague-form-download = Bewaar als bestand
colleague-form-file-name = rolspiegel-antwoorden.txt
colleague-form-file-intro = Antwoorden voor Rolspiegel. Stuur dit bestand naar { $name }, of plak de code hieronder in een bericht.
colleague-form-changed = Je hebt een antwoord veranderd. Maak de code opnieuw.

## Als het formulier van de laptop komt, in dezelfde ruimte (een live sessie).
colleague-form-privacy-live = Je naam staat niet in je antwoorden. Ze gaan alleen naar de laptop van { $name } in deze ruimte, niet via internet. Pas als minstens drie collega's antwoorden, ziet { $name } het gemiddelde. Jouw antwoorden apart ziet niemand.
colleague-form-room-code = Code op het scherm van { $name }
colleague-form-room-code-hint = Zes letters en cijfers. Kwam je hier met de QR-code? Dan staat de code er al.
colleague-form-send = Stuur mijn antwoorden naar { $name }
colleague-form-sent-heading = Dank je wel!
colleague-form-sent = Je antwoorden zijn bij { $name }. Je kunt deze pagina nu sluiten.
colleague-form-send-failed = Versturen lukte niet. Hieronder staat je antwoordcode. Stuur die naar { $name }, bijvoorbeeld in een mail of chatbericht.
colleague-form-wrong-code = Die code klopt niet. Kijk op het scherm van { $name } en typ de code over.
colleague-form-closed = { $name } neemt nu geen antwoorden meer aan in deze ruimte. Hieronder staat je antwoordcode. Stuur die naar { $name }.
colleague-form-too-many-tries = Je typte te vaak een verkeerde code. Wacht een minuut en probeer het dan opnieuw.
