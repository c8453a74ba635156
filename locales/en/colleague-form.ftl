# What only Rolspiegel itself uses to make the form for colleagues
# (crates/app/src/colleagues.rs); the window does not load this file.

# The colleagues' list: the statements of the current list (version 2) in the
# third person, with the same keying, so one's own view and colleagues' view
# rest on the same statements. Plain language, at most 20 words; reversed
# statements without a negation (a test checks both). docs/STATEMENTS.md sets
# each beside the one about oneself.

## Bureaucraat
colleague-statement-b01 = My colleague finds it important that everyone in the same situation gets the same decision.
colleague-statement-b02 = My colleague first checks what the law and the rules say before a decision is made.
colleague-statement-b03 = My colleague records why a decision was taken, so that someone can find it later.
colleague-statement-b04 = My colleague loyally carries out a political decision, even when it goes against their own view.
colleague-statement-b06 = My colleague prefers to work within clear frameworks that say what is and isn't allowed.
colleague-statement-b07 = My colleague reports it at once when a personal interest plays a part in a case.
colleague-statement-b13 = My colleague lets their personal opinion count in how a case is handled.
colleague-statement-b15 = My colleague makes sure people know beforehand which rules apply and what they can expect.
colleague-statement-b16 = My colleague only finds out exactly which rules apply when someone asks.
colleague-statement-b17 = My colleague updates case files when there happens to be time for it.
colleague-statement-b18 = How my colleague handles a case also depends on how someone comes across.
colleague-statement-b19 = My colleague simply accepts a small gift from someone whose case is still open.
colleague-statement-b20 = My colleague prefers to make agreements about a case by word of mouth only.
colleague-statement-b21 = When a political decision goes against their views, my colleague goes their own way.

## Ondernemer
colleague-statement-o01 = My colleague often comes up with their own proposals to do things differently.
colleague-statement-o02 = My colleague likes looking for new solutions, even when the old ones still work.
colleague-statement-o03 = My colleague dares to take a risk when the chance of a better result is big enough.
colleague-statement-o07 = My colleague checks whether an approach works, and adjusts it when needed.
colleague-statement-o09 = My colleague avoids risks, even when that means an opportunity is missed.
colleague-statement-o15 = My colleague likes clear agreements about what must be achieved, and wants to be judged on them.
colleague-statement-o16 = My colleague wants our team to perform better than similar teams.
colleague-statement-o17 = My colleague keeps looking for ways to help citizens faster and better.
colleague-statement-o18 = My colleague leaves ideas for improving our work to others.
colleague-statement-o19 = When something is finished my colleague is satisfied, even if it cost a lot of time or money.
colleague-statement-o20 = What a citizen notices of the work is a side issue to my colleague.
colleague-statement-o21 = My colleague works the way things have always gone, even when it could be done better.
colleague-statement-o22 = My colleague is happy to leave open what result the work should deliver.
colleague-statement-o23 = How our team performs compared with other teams leaves my colleague cold.

## Verbinder
colleague-statement-v01 = My colleague deliberately invests in contacts inside and outside our organisation.
colleague-statement-v03 = My colleague has a good sense of what is going on with the people and organisations around them.
colleague-statement-v04 = With every task, my colleague asks what it brings to society.
colleague-statement-v06 = My colleague discusses mistakes openly with colleagues, so that we learn from them together.
colleague-statement-v07 = How we reach a decision together matters to my colleague as much as the decision itself.
colleague-statement-v08 = My colleague prefers to work alone on their own tasks.
colleague-statement-v12 = My colleague would rather leave getting people excited about an idea to someone else.
colleague-statement-v15 = My colleague can get others enthusiastic about working together towards a goal.
colleague-statement-v16 = My colleague feels personally responsible for making a partnership succeed.
colleague-statement-v17 = My colleague asks citizens and partners what they need, and helps them arrange it themselves.
colleague-statement-v18 = My colleague only seeks contact with people outside our own team when they have to.
colleague-statement-v19 = My colleague usually brushes aside feedback from others on their work.
colleague-statement-v20 = My colleague often only notices late what is going on among the people around them.
colleague-statement-v21 = My colleague thinks what the work brings society is a question for others.
colleague-statement-v22 = My colleague only lets those involved think along once the plan is ready.
colleague-statement-v23 = When a partnership gets stuck, my colleague waits for someone else to solve it.

## The form colleagues fill in (one file, also on a phone).
## $name is the name colleagues know the person by, or "your colleague".
colleague-form-someone = your colleague
colleague-form-language-name = English
colleague-form-language-label = Language
colleague-form-title = How do you see { $name } at work?
colleague-form-intro = How do colleagues see { $name } at work? That is what { $name } would like to know. Read each statement and choose how well it fits what you see. There is no right or wrong answer. It takes about 10 minutes.
colleague-form-privacy = Your name is not in your answers, and this form sends nothing over the internet. At the end you get a code. You send it yourself. Only when at least three colleagues answer does { $name } see the average. Nobody sees your answers on their own.
colleague-form-statement-of = Statement { $n } of { $total }
colleague-form-open-heading = Open questions
colleague-form-open-hint = These questions are optional. { $name } sees the answers apart from the rest, in random order.
colleague-form-make = Make my answer code
colleague-form-missing-heading = You have not filled in everything yet
colleague-form-missing-item = Statement { $n }: choose an answer
colleague-form-done-heading = Your answer code
colleague-form-done-intro = Send this code to { $name }, for example in an e-mail or chat message. Or save the file and attach it. Then you can close this page.
colleague-form-code-label = Code to send
colleague-form-copy = Copy the code
colleague-form-copied = The code has been copied.
colleague-form-copy-failed = Copying did not work. The code is selected: copy it with Ctrl+C.
colleague-form-download = Save as a file
colleague-form-file-name = rolspiegel-answers.txt
colleague-form-file-intro = Answers for Rolspiegel. Send this file to { $name }, or paste the code below into a message.
colleague-form-changed = You changed an answer. Make the code again.

## When the form comes from the laptop, in the same room (a live session).
colleague-form-privacy-live = Your name is not in your answers. They go only to { $name }'s laptop in this room, not over the internet. Only when at least three colleagues have answered does { $name } see the average. Nobody sees your answers on their own.
colleague-form-room-code = Code on { $name }'s screen
colleague-form-room-code-hint = Six letters and digits. Did you come here with the QR code? Then the code is already filled in.
colleague-form-send = Send my answers to { $name }
colleague-form-sent-heading = Thank you!
colleague-form-sent = Your answers are with { $name }. You can close this page now.
colleague-form-send-failed = Sending did not work. Below is your answer code. Send it to { $name }, for example in an e-mail or chat message.
colleague-form-wrong-code = That code is not right. Look at { $name }'s screen and type the code.
colleague-form-closed = { $name } no longer takes answers in this room. Below is your answer code. Send it to { $name }.
colleague-form-too-many-tries = You typed a wrong code too often. Wait a minute, then try again.
