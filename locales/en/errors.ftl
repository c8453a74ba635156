# Error messages. Short, without technical words, with what you can do now.

error-answer-out-of-range = This answer is not possible. Pick a number from 1 to 5, or 'Don't know'.
error-unknown-statement = This statement is not on the list. Please start the scan again.
error-no-scan = No scan is in progress. Start a new scan.
error-already-completed = This scan is already completed and can no longer change.
error-result-not-found = This result does not exist (any more).
error-incomplete = There are not enough answers yet to make a result.
error-storage = Your data could not be saved or read. Please try again. What was already saved stays saved.
error-storage-full = The disk is full. This was not saved. Free some space and try again. What was already saved stays saved.
error-storage-read-only = Rolspiegel may not write in the folder with your data. This was not saved. What was already saved stays saved. Ask your helpdesk for permission to write there.
error-storage-busy = Another program kept your data busy for too long. This was not saved. Close other Rolspiegel windows and try again.
error-export-too-large = This file would become too large to read back later. Nothing was saved and nothing was deleted. Save your workshop groups separately as group files, remove what you no longer need and try again.
error-chart = The chart could not be drawn. Your scores are in the table below.
error-report = The report could not be made. No file was saved.
error-unknown-language = Rolspiegel does not know this language.
error-bad-request = Something went wrong in the app. Please try again.
error-text-too-long = This text is too long. Make it shorter and try again.
error-text-invalid = This text contains invisible characters that are not allowed. Please type it again.
error-goal-empty = First write down what you are going to do. Then you can save the goal.
error-bad-date = This date does not exist. Pick a date in the calendar.
error-compare-count = Choose two to five results to compare.
error-file-read = The file could not be opened. Does it still exist, and are you allowed to read it?
error-file-write = The file could not be saved. Is the disk full, or are you not allowed to save there? Choose another place.
error-import-too-large = This file is too large (more than 64 MB). A Rolspiegel export is much smaller. Nothing was imported.
error-import-truncated = This file is incomplete. Perhaps copying went wrong. Nothing was imported.
error-import-malformed = Rolspiegel cannot read this file. Choose a file you made with 'Save all your data'. Nothing was imported.
error-import-not-an-export = This is not a Rolspiegel export. Nothing was imported.
error-import-newer-version = This file comes from a newer version of Rolspiegel. Update the app and try again. Nothing was imported.

# Why one result from a file was not imported.
problem-shape = This result is missing data or is damaged.
problem-bad-id = This result has no valid code.
problem-instrument = This result belongs to another list of statements (version { $version }).
problem-statement = This result contains a statement Rolspiegel does not know ({ $statement }).
problem-answer = This result contains an answer that is not possible (at { $statement }).
problem-incomplete = This result has too few answers.
problem-scores = The scores do not match the answers. The file may have been changed by hand.
problem-time = This result has a date that is not right.
problem-text = A label, note or goal in this result is too long or contains characters that are not allowed.
problem-question = This result contains an answer to a question Rolspiegel does not know.
problem-conflict = This result is already here, but with different data. Your own version was kept.
error-group-name-empty = Give the group a name.
error-group-not-found = This group does not exist (any more).
error-group-too-small = This group has too few results yet. The charts show from three results on, so that no one can be recognised.
error-quality-too-few = There are too few results of this list yet. From 30 results on you can see how well the list measures.
error-retest-too-few = Too few people have taken the scan twice yet. From 3 pairs on you can save them.

# Why a participant's file was not added.
problem-participant-too-large = This file is too large to be a participant's result.
problem-participant-truncated = This file is incomplete. Ask the participant to save it again.
problem-participant-malformed = Rolspiegel cannot read this file.
problem-participant-not-a-file = This is not a participant's result from Rolspiegel.
problem-participant-newer = This file comes from a newer version of Rolspiegel. Update the app.
problem-participant-unreadable = This file could not be opened.
problem-participant-conflict = This result is already in the group, but with different data. The result in the group was not changed.
error-group-file-invalid = This is not a Rolspiegel group file. Nothing was imported.
error-group-file-bad-details = The name, date or notes of this group are not valid. Ask for a new file.
error-file-not-regular = This is not an ordinary file, but for example a folder or a device. Choose a file.
error-file-exists = There is already a file with that name. Rolspiegel did not overwrite it. Choose another name.
problem-refused = This result holds a value that is not possible, such as a date. The other results were imported.
problem-participant-refused = This result holds a value that is not possible. The other files were added.
problem-participant-other-list = This result belongs to statement list { $version }, the results in this group to list { $group }. A group only compares results of the same list. Make a separate group for this result.
problem-participant-not-regular = This is not an ordinary file, but for example a folder or a device.

## Live workshop: what a phone or the facilitator is told
error-live-wrong-code = This code is not right. Look at the code on the screen again and type it once more.
error-live-pairing-invalid = This pairing code is not right. A pairing code has eight characters, like K7P4-QX2M. Leave the box empty if you have no code.
error-live-joining-closed = Joining is no longer possible: the facilitator has closed the door. Ask the facilitator for help.
error-live-not-joined = This session does not know your phone (any more). The session may have ended. Ask the facilitator for help.
error-live-finished = You have already finished the scan. Your answers can no longer change.
error-live-device-full = As many people have joined from this device as one device may have. Finish a scan first, or ask the facilitator for help.
error-live-blocked = The facilitator has taken this device out of the session. Ask the facilitator for help.
error-live-full = As many people have joined as this session can take. Ask the facilitator for help.
error-live-too-many-tries = Too many wrong codes were typed. Wait a minute and try again.
error-live-busy = The facilitator's laptop is busy for a moment. Your phone will try again shortly.
error-live-forbidden = This request does not come from this session's page and was refused.
error-live-not-found = This page does not exist.
error-live-too-large = This request is too large and was refused.
error-live-timeout = This request took too long and was stopped. Try again.
error-live-no-network = This computer has no network. Connect to the room's Wi-Fi and try again.
error-live-cannot-listen = The session could not start: the network address or the port is in use. Choose another address or close the other program.
error-live-already-open = A live session is already running. Stop it first.
error-live-not-open = No live session is running.
error-live-other-list = Your result cannot go into this group: it now holds results of another list of statements. Show this to the facilitator.
error-situation-name-empty = Give the situation a name. For example: 'my current job' or 'project Neighbourhood'.
error-situation-not-found = This situation is no longer here. It may have been removed.
