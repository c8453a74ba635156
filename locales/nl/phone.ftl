# De telefoonpagina van een live workshop: deelnemers doen mee vanaf hun
# telefoon, via de laptop van de begeleider.

phone-title = Rolspiegel – live workshop
phone-language-switch = Taal
phone-join-heading = Doe mee met de workshop
phone-join-intro = Typ de code die op het scherm in de zaal staat. Je naam is niet nodig. Laat dat vak leeg als je zonder naam wilt meedoen.
phone-code-label = Code van het scherm
phone-code-hint = Zes letters en cijfers, bijvoorbeeld K7M4TX.
phone-name-label = Je naam (mag leeg blijven)
phone-name-hint = De begeleider ziet je naam alleen als je die invult.
phone-pairing-summary = Deed je de scan al eens mee op een andere telefoon?
phone-pairing-label = Koppelcode (niet verplicht)
phone-pairing-hint = Doe je de scan voor de tweede keer, op een andere telefoon dan de eerste keer? Vul dan de koppelcode in die je de eerste keer kreeg. Zo kan de begeleider je twee uitslagen naast elkaar leggen, zonder je naam. Weet je hem niet, laat het vak dan leeg.
phone-join = Doe mee
phone-busy = Even geduld …
phone-privacy = Je antwoorden gaan alleen naar de laptop van de begeleider in deze zaal. Niets gaat naar internet. Er is geen account nodig.
phone-offline = Geen verbinding met de laptop van de begeleider. Je antwoorden blijven op je telefoon bewaard. Ze gaan vanzelf mee zodra er weer verbinding is.
phone-unsent = { $count ->
    [one] Eén antwoord wacht op verbinding.
   *[other] { $count } antwoorden wachten op verbinding.
}
phone-all-sent = Al je antwoorden zijn bij de begeleider.
phone-session-gone-heading = De sessie is gestopt
phone-session-gone = De laptop van de begeleider is niet meer te bereiken, of de sessie kent je telefoon niet meer. Heb je de scan afgerond? Dan is je uitslag al bij de begeleider.
phone-try-again = Probeer opnieuw
phone-join-again = Opnieuw meedoen
phone-answers-come-along = { $count ->
    [one] Doe je opnieuw mee met de code op het scherm? Dan gaat je ene antwoord mee en ga je verder waar je was.
   *[other] Doe je opnieuw mee met de code op het scherm? Dan gaan je { $count } antwoorden mee en ga je verder waar je was.
}
phone-paused-heading = Je bent gestopt
phone-paused = Je antwoorden zijn bewaard. Ga verder wanneer je wilt.
phone-continue = Verder met de stellingen
phone-finishing = Je antwoorden gaan naar de laptop van de begeleider. Even geduld …
phone-result-in-group = Je uitslag is bij de begeleider. Op het scherm zie je straks de uitslagen van de hele groep, zonder namen.
phone-pairing-yours = Je koppelcode is { $code }. Doe je de scan later nog een keer, dan koppelt deze telefoon je twee uitslagen zonder je naam. Gebruik je dan een andere telefoon, vul de code daar in.
phone-save-file = Bewaar je deelnemersbestand
phone-save-file-hint = Met dit bestand kun je je uitslag later in je eigen Rolspiegel inlezen, of aan een begeleider geven.
phone-file-name = rolspiegel-deelnemer.json
phone-language-nl = Nederlands
phone-language-en = English

## The group's shared situation, after the scan.
phone-situation-heading = Wat vraagt de opdracht?
phone-situation-intro = De groep werkt aan '{ $name }'. Geef ook aan wat die opdracht vraagt. Dat zijn 30 korte zinnen.
phone-situation-rate = Geef aan wat '{ $name }' vraagt
phone-situation-done = Dank je. Je hebt ingevuld wat '{ $name }' vraagt.
phone-rating-instructions = Denk aan de opdracht van de groep. Geef bij elke zin aan of die klopt voor wat de opdracht vraagt. Het gaat niet om hoe jij werkt.
