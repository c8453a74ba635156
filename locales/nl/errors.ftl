# Foutmeldingen. Kort, zonder technische woorden, met wat je nu kunt doen.

error-answer-out-of-range = Dit antwoord kan niet. Kies een getal van 1 tot en met 5, of 'Weet ik niet'.
error-unknown-statement = Deze stelling hoort niet bij de lijst. Begin de scan opnieuw.
error-no-scan = Er is geen scan bezig. Begin een nieuwe scan.
error-already-completed = Deze scan is al afgerond en kan niet meer veranderen.
error-result-not-found = Deze uitslag bestaat niet (meer).
error-incomplete = Er zijn nog te weinig antwoorden om een uitslag te maken.
error-storage = Je gegevens konden niet worden bewaard. Is de schijf misschien vol? Probeer het nog eens. Wat al bewaard was, blijft bewaard.
error-chart = De grafiek kon niet worden getekend. Je scores staan hieronder in de tabel.
error-unknown-language = Deze taal kent Rolspiegel niet.
error-bad-request = Er ging iets mis in de app. Probeer het nog eens.
