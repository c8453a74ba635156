# The three ideal types from "De ideale ambtenaar" (Derks & Van Leeuwen), in our own words.

role-bureaucraat-name = Bureaucraat
role-ondernemer-name = Ondernemer
role-verbinder-name = Verbinder

role-bureaucraat-origin = Since the 19th century (Max Weber)
role-ondernemer-origin = Since the 1980s (New Public Management)
role-verbinder-origin = Since the early 21st century (Public Value)

role-bureaucraat-stands-for = You work by the law and the rules. Everyone in the same situation gets the same treatment. You are neutral and honest, and you can always explain what you did and why.
role-bureaucraat-strengths = Citizens know where they stand. Decisions are fair and easy to trace later. You protect people from arbitrary treatment. You give colleagues clear frameworks.
role-bureaucraat-pitfalls = You can become rigid: the rule then matters more than its purpose. Sometimes you miss what happens outside your framework.
role-bureaucraat-situations = When rights and duties are at stake, such as a permit, a benefit or a passport. And whenever a decision must be easy to explain later.

role-ondernemer-stands-for = You take the initiative and look for new solutions. You want results, fast and without waste. You see the citizen as a customer. You know what you are doing something for.
role-ondernemer-strengths = You make things better and faster. You dare to take risks. You check whether your approach works and adjust it when needed.
role-ondernemer-pitfalls = You can move too fast and forget rules or people. Not everything of value can be measured in figures.
role-ondernemer-situations = When something is stuck or could be better. When there is a clear goal to reach within the time and budget.

role-verbinder-stands-for = You bring people and organisations together. You listen to what is going on outside and work from the outside in. You take responsibility yourself for what helps society forward.
role-verbinder-strengths = You build trust and a strong network. You sense what people need. You inspire others and help the organisation learn together.
role-verbinder-pitfalls = You can keep consulting without end. If you don't know the rules, you sometimes promise what cannot be done. That costs people a lot of energy for nothing.
role-verbinder-situations = In complex issues with many parties, such as in a neighbourhood or a region. When support and cooperation are needed to get something done.
