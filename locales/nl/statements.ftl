# De stellingen van lijst versie 1 en 2. Elke id hoort bij assets/instrument/v1.json of v2.json.
# Taalniveau B1: één idee per stelling, geen dubbele ontkenning, hooguit ±20 woorden.
# Zie docs/STATEMENTS.md voor welke eigenschap elke stelling meet.

## Bureaucraat
statement-b01 = Ik vind het belangrijk dat iedereen in dezelfde situatie hetzelfde besluit krijgt.
statement-b02 = Voordat ik iets besluit, kijk ik eerst wat de wet en de regels zeggen.
statement-b03 = Ik leg vast waarom een besluit is genomen, zodat iemand het later kan terugvinden.
statement-b04 = Ik voer een besluit van de politiek loyaal uit, ook als ik het er zelf niet mee eens ben.
statement-b05 = Burgers moeten vooraf kunnen weten waar ze aan toe zijn bij de overheid.
statement-b06 = Ik werk het liefst binnen duidelijke kaders die zeggen wat wel en niet mag.
statement-b07 = Ik meld het meteen als ik zelf belang heb bij een zaak die ik behandel.
statement-b08 = Als een regel in een bepaald geval slecht uitpakt, wijk ik er liever van af.
statement-b09 = Een zaak netjes vastleggen in het dossier vind ik vooral tijdverlies.
statement-b10 = Voor iemand die het echt nodig heeft, maak ik graag een uitzondering.
statement-b11 = Formele procedures zitten goed werk vaak in de weg.
statement-b12 = Uitleggen hoe ik tot een besluit kwam, vind ik minder belangrijk dan het besluit zelf.
statement-b13 = Mijn persoonlijke mening mag meetellen in hoe ik een zaak behandel.
statement-b14 = Ik vertrouw liever op mijn gevoel dan op een vaste werkwijze.

## Ondernemer
statement-o01 = Ik kom vaak zelf met voorstellen om dingen anders aan te pakken.
statement-o02 = Ik zoek graag naar nieuwe oplossingen, ook als de oude nog werken.
statement-o03 = Ik durf een risico te nemen als de kans op een beter resultaat groot genoeg is.
statement-o04 = Ik wil bij elke opdracht precies weten welk resultaat die moet opleveren.
statement-o05 = Ik let er goed op dat we geen tijd en geld verspillen.
statement-o06 = Ik zie de burger als een klant die recht heeft op snelle en goede service.
statement-o07 = Ik ga na of mijn aanpak werkt, en ik stuur bij als dat nodig is.
statement-o08 = Ik houd liever vast aan een werkwijze die zich al bewezen heeft.
statement-o09 = Ik vermijd risico's, ook als daardoor een kans blijft liggen.
statement-o10 = Doelen en cijfers zeggen weinig over de kwaliteit van mijn werk.
statement-o11 = Ik wacht liever op een duidelijke opdracht dan dat ik zelf iets begin.
statement-o12 = Of iets sneller of goedkoper kan, vind ik minder belangrijk.
statement-o13 = Concurreren met andere teams of organisaties past niet bij de overheid.
statement-o14 = Snelle service aan burgers is voor mij geen doel op zich.

## Verbinder
statement-v01 = Ik investeer bewust in contacten binnen en buiten mijn organisatie.
statement-v02 = Ik ga eerst in gesprek met de mensen om wie het gaat, voordat ik een plan maak.
statement-v03 = Ik voel goed aan wat er speelt bij de mensen en organisaties om mij heen.
statement-v04 = Bij elke taak vraag ik mij af wat die de samenleving oplevert.
statement-v05 = Ik wil de ruimte om zelf te bepalen hoe ik mijn werk het beste doe.
statement-v06 = Ik bespreek fouten open met collega's, zodat we er samen van leren.
statement-v07 = Hoe we samen tot een besluit komen, vind ik net zo belangrijk als het besluit zelf.
statement-v08 = Ik werk het liefst alleen aan mijn eigen taken.
statement-v09 = Wat mensen buiten mijn organisatie vinden, laat ik weinig meewegen.
statement-v10 = Een netwerk opbouwen zie ik niet als een deel van mijn werk.
statement-v11 = Ik doe wat mijn taak is en laat het grotere geheel aan anderen over.
statement-v12 = Mensen enthousiast maken voor een idee laat ik liever aan een ander over.
statement-v13 = Lang overleggen met alle betrokkenen kost vooral tijd.
statement-v14 = Terugkijken op hoe een project is gegaan, vind ik weinig zinvol.

# Nieuw in lijst versie 2 (assets/instrument/v2.json). Omgekeerde stellingen
# beschrijven de lage kant van hun eigen rol, zonder ontkenning (een test let erop).
statement-b15 = Ik zorg dat mensen vooraf weten welke regels gelden en wat ze van mij kunnen verwachten.
statement-b16 = Welke regels er precies gelden, zoek ik pas uit als iemand erom vraagt.
statement-b17 = Mijn dossiers werk ik bij als ik er toevallig tijd voor heb.
statement-b18 = Hoe ik een zaak afhandel, hangt ook af van hoe iemand op mij overkomt.
statement-b19 = Een klein cadeau van iemand wiens zaak ik behandel, neem ik gewoon aan.
statement-b20 = Afspraken over een zaak maak ik het liefst alleen mondeling.
statement-b21 = Bij een politiek besluit dat tegen mijn idee ingaat, kies ik mijn eigen weg.
statement-o15 = Ik maak graag heldere afspraken over wat ik moet bereiken, en daar wil ik op beoordeeld worden.
statement-o16 = Ik wil dat ons team beter presteert dan vergelijkbare teams.
statement-o17 = Ik zoek steeds naar manieren om burgers sneller en beter te helpen.
statement-o18 = Ideeën om ons werk te verbeteren laat ik aan anderen over.
statement-o19 = Als iets af is, ben ik tevreden, ook als het veel tijd of geld heeft gekost.
statement-o20 = Wat een burger van mijn werk merkt, is voor mij een bijzaak.
statement-o21 = Ik doe mijn werk zoals ik het gewend ben, ook als het beter kan.
statement-o22 = Welk resultaat mijn werk moet opleveren, laat ik graag in het midden.
statement-o23 = Hoe ons team presteert vergeleken met andere teams, laat mij koud.
statement-v15 = Ik kan anderen enthousiast maken om samen aan een doel te werken.
statement-v16 = Ik voel mij zelf verantwoordelijk voor het slagen van een samenwerking met partners.
statement-v17 = Ik vraag burgers en partners wat zij nodig hebben, en help hen dat zelf te regelen.
statement-v18 = Contact met mensen buiten mijn eigen team zoek ik alleen op als het moet.
statement-v19 = Feedback van anderen op mijn werk leg ik meestal naast me neer.
statement-v20 = Wat er speelt bij de mensen om mij heen, merk ik vaak pas laat.
statement-v21 = Wat mijn werk de samenleving oplevert, vind ik een vraag voor anderen.
statement-v22 = Betrokkenen laat ik pas meedenken als mijn plan al klaar is.
statement-v23 = Als een samenwerking vastloopt, wacht ik tot een ander het oplost.
