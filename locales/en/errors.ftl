# Error messages. Short, without technical words, with what you can do now.

error-answer-out-of-range = This answer is not possible. Pick a number from 1 to 5, or 'Don't know'.
error-unknown-statement = This statement is not on the list. Please start the scan again.
error-no-scan = No scan is in progress. Start a new scan.
error-already-completed = This scan is already completed and can no longer change.
error-result-not-found = This result does not exist (any more).
error-incomplete = There are not enough answers yet to make a result.
error-storage = Your data could not be saved. Is the disk full, perhaps? Please try again. What was already saved stays saved.
error-chart = The chart could not be drawn. Your scores are in the table below.
error-unknown-language = Rolspiegel does not know this language.
error-bad-request = Something went wrong in the app. Please try again.
