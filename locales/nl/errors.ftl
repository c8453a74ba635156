# Foutmeldingen. Kort, zonder technische woorden, met wat je nu kunt doen.

error-answer-out-of-range = Dit antwoord kan niet. Kies een getal van 1 tot en met 5, of 'Weet ik niet'.
error-unknown-statement = Deze stelling hoort niet bij de lijst. Begin de scan opnieuw.
error-no-scan = Er is geen scan bezig. Begin een nieuwe scan.
error-already-completed = Deze scan is al afgerond en kan niet meer veranderen.
error-result-not-found = Deze uitslag bestaat niet (meer).
error-incomplete = Er zijn nog te weinig antwoorden om een uitslag te maken.
error-storage = Je gegevens konden niet worden bewaard of gelezen. Probeer het nog eens. Wat al bewaard was, blijft bewaard.
error-storage-full = De schijf is vol. Dit is niet bewaard. Maak ruimte vrij en probeer het opnieuw. Wat al bewaard was, blijft bewaard.
error-storage-read-only = Rolspiegel mag in de map met je gegevens niet schrijven. Dit is niet bewaard. Wat al bewaard was, blijft bewaard. Vraag je helpdesk om schrijfrechten.
error-storage-busy = Een ander programma hield je gegevens te lang bezig. Dit is niet bewaard. Sluit andere vensters van Rolspiegel en probeer het opnieuw.
error-export-too-large = Dit bestand zou te groot worden om het later weer in te lezen. Er is niets bewaard en niets gewist. Bewaar je workshopgroepen apart als groepsbestand, verwijder wat je niet meer nodig hebt en probeer het opnieuw.
error-chart = De grafiek kon niet worden getekend. Je scores staan hieronder in de tabel.
error-report = Het rapport kon niet worden gemaakt. Er is geen bestand bewaard.
error-unknown-language = Deze taal kent Rolspiegel niet.
error-bad-request = Er ging iets mis in de app. Probeer het nog eens.
error-text-too-long = Deze tekst is te lang. Maak hem korter en probeer het opnieuw.
error-text-invalid = In deze tekst staan onzichtbare tekens die niet kunnen. Typ de tekst opnieuw.
error-goal-empty = Schrijf eerst op wat je gaat doen. Dan kun je het doel bewaren.
error-bad-date = Deze datum bestaat niet. Kies een datum in de kalender.
error-compare-count = Kies twee tot vijf uitslagen om te vergelijken.
error-file-read = Het bestand kon niet worden geopend. Bestaat het nog, en mag je het lezen?
error-file-write = Het bestand kon niet worden bewaard. Is de schijf vol, of mag je daar niet opslaan? Kies een andere plek.
error-import-too-large = Dit bestand is te groot (meer dan 64 MB). Een export van Rolspiegel is veel kleiner. Er is niets ingelezen.
error-import-truncated = Dit bestand is niet compleet. Misschien ging het kopiëren mis. Er is niets ingelezen.
error-import-malformed = Dit bestand kan Rolspiegel niet lezen. Kies een bestand dat je met 'Bewaar al je gegevens' hebt gemaakt. Er is niets ingelezen.
error-import-not-an-export = Dit is geen export van Rolspiegel. Er is niets ingelezen.
error-import-newer-version = Dit bestand komt uit een nieuwere versie van Rolspiegel. Werk de app bij en probeer het opnieuw. Er is niets ingelezen.

# Waarom één uitslag uit een bestand niet is ingelezen.
problem-shape = Deze uitslag mist gegevens of is beschadigd.
problem-bad-id = Deze uitslag heeft geen geldige code.
problem-instrument = Deze uitslag hoort bij een andere lijst met stellingen (versie { $version }).
problem-statement = Deze uitslag bevat een stelling die Rolspiegel niet kent ({ $statement }).
problem-answer = Deze uitslag bevat een antwoord dat niet kan (bij { $statement }).
problem-incomplete = Deze uitslag heeft te weinig antwoorden.
problem-scores = De scores passen niet bij de antwoorden. Het bestand is misschien met de hand veranderd.
problem-time = Deze uitslag heeft een datum die niet klopt.
problem-text = Een label, notitie of doel in deze uitslag is te lang of bevat tekens die niet kunnen.
problem-question = Deze uitslag bevat een antwoord op een vraag die Rolspiegel niet kent.
problem-conflict = Deze uitslag staat hier al, maar met andere gegevens. Je eigen versie is bewaard gebleven.
error-group-name-empty = Geef de groep een naam.
error-group-not-found = Deze groep bestaat niet (meer).
error-group-too-small = Deze groep heeft nog te weinig uitslagen. Vanaf drie uitslagen zijn de grafieken te zien, zodat niemand herkenbaar is.
error-quality-too-few = Er zijn nog te weinig uitslagen van deze lijst. Vanaf 30 uitslagen kun je zien hoe goed de lijst meet.
error-retest-too-few = Er hebben nog te weinig mensen de scan twee keer gedaan. Vanaf 3 paren kun je ze bewaren.

# Waarom het bestand van een deelnemer niet is toegevoegd.
problem-participant-too-large = Dit bestand is te groot voor een uitslag van een deelnemer.
problem-participant-truncated = Dit bestand is niet compleet. Vraag de deelnemer om het opnieuw te bewaren.
problem-participant-malformed = Dit bestand kan Rolspiegel niet lezen.
problem-participant-not-a-file = Dit is geen uitslag van een deelnemer uit Rolspiegel.
problem-participant-newer = Dit bestand komt uit een nieuwere versie van Rolspiegel. Werk de app bij.
problem-participant-unreadable = Dit bestand kon niet worden geopend.
problem-participant-conflict = Deze uitslag zit al in de groep, maar met andere gegevens. De uitslag in de groep is niet veranderd.
error-group-file-invalid = Dit is geen groepsbestand van Rolspiegel. Er is niets ingelezen.
error-group-file-bad-details = De naam, datum of notities van deze groep kloppen niet. Vraag om een nieuw bestand.
error-file-not-regular = Dit is geen gewoon bestand, maar bijvoorbeeld een map of een apparaat. Kies een bestand.
error-file-exists = Er staat al een bestand met die naam. Rolspiegel heeft het niet overschreven. Kies een andere naam.
problem-refused = Deze uitslag bevat een waarde die niet kan, bijvoorbeeld een datum. De andere uitslagen zijn wel ingelezen.
problem-participant-refused = Deze uitslag bevat een waarde die niet kan. De andere bestanden zijn wel toegevoegd.
problem-participant-other-list = Deze uitslag hoort bij lijst { $version } met stellingen, de uitslagen in deze groep bij lijst { $group }. Een groep vergelijkt alleen uitslagen van dezelfde lijst. Maak voor deze uitslag een aparte groep.
problem-participant-not-regular = Dit is geen gewoon bestand, maar bijvoorbeeld een map of een apparaat.

## Live workshop: what a phone or the facilitator is told
error-live-wrong-code = Deze code klopt niet. Kijk nog eens naar de code op het scherm en typ hem opnieuw.
error-live-pairing-invalid = Deze koppelcode klopt niet. Een koppelcode heeft acht tekens, zoals K7P4-QX2M. Laat het vak leeg als je geen code hebt.
error-live-joining-closed = Meedoen kan niet meer: de begeleider heeft de deur dichtgedaan. Vraag de begeleider om hulp.
error-live-not-joined = Deze sessie kent je telefoon niet (meer). Misschien is de sessie gestopt. Vraag de begeleider om hulp.
error-live-finished = Je hebt de scan al afgerond. Je antwoorden kunnen niet meer veranderen.
error-live-device-full = Vanaf dit apparaat doen al zoveel mensen mee als één apparaat mag. Rond eerst een scan af, of vraag de begeleider om hulp.
error-live-blocked = De begeleider heeft dit apparaat uit de sessie gehaald. Vraag de begeleider om hulp.
error-live-full = Er doen al zoveel mensen mee als deze sessie aankan. Vraag de begeleider om hulp.
error-live-too-many-tries = Er zijn te veel verkeerde codes getypt. Wacht een minuut en probeer het opnieuw.
error-live-busy = De laptop van de begeleider heeft het even druk. Je telefoon probeert het zo opnieuw.
error-live-forbidden = Dit verzoek komt niet van de pagina van deze sessie en is geweigerd.
error-live-not-found = Deze pagina bestaat niet.
error-live-too-large = Dit verzoek is te groot en is geweigerd.
error-live-timeout = Dit verzoek duurde te lang en is gestopt. Probeer het opnieuw.
error-live-no-network = Deze computer heeft geen netwerk. Maak verbinding met de wifi van de zaal en probeer het opnieuw.
error-live-cannot-listen = De sessie kon niet starten: het netwerkadres of de poort is in gebruik. Kies een ander adres of sluit het andere programma.
error-live-already-open = Er loopt al een live sessie. Stop die eerst.
error-live-not-open = Er loopt geen live sessie.
error-live-other-list = Je uitslag kan niet in deze groep: er zitten intussen uitslagen van een andere lijst met stellingen in. Laat dit aan de begeleider zien.
error-situation-name-empty = Geef de situatie een naam. Bijvoorbeeld: 'mijn huidige functie' of 'project Wijkaanpak'.
error-situation-not-found = Deze situatie is er niet meer. Misschien is ze weggehaald.
