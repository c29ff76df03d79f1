/**
 * The kinds, funds, money stages and statuses every record had before records declared their own
 * (they were fixed in code). `npm run migrate` writes them into data/vocabularies.json for such a
 * record, so it reads exactly as before; its editors then change them to suit it.
 */
export const legacyVocabularies = {
  "entryKinds": [
    {
      "id": "inspection",
      "label": "Inspection",
      "meaning": "An inspectorate visits and examines a service.",
      "outline": [
        "Who inspected which services, and when, as the sources give it.",
        "What the sources say about how the inspection went."
      ]
    },
    {
      "id": "inspection-report",
      "label": "Inspection report",
      "meaning": "An inspectorate publishes its judgement of a service.",
      "outline": [
        "The overall judgement. Use the inspectorate's own words where they matter, in quotation marks, exactly as printed.",
        "The separate judgements that make up the overall rating.",
        "## The response",
        "What the council said in reply. Put exact quotations under quotes in the fields above."
      ]
    },
    {
      "id": "report",
      "label": "Report",
      "meaning": "A report is written or presented to the council.",
      "outline": [
        "Who wrote the report, for whom, and what it asked for.",
        "The evidence it gave."
      ]
    },
    {
      "id": "cabinet-decision",
      "label": "Cabinet decision",
      "meaning": "The council's cabinet decides something.",
      "outline": [
        "What cabinet decided, and when, in your own words.",
        "Any money: write each sum as the source does, add it (or its new stage) to data/funding.json with this entry's id, and list the sum's id under funding.",
        "What happens next. Put exact quotations under quotes in the fields above."
      ]
    },
    {
      "id": "council-decision",
      "label": "Council decision",
      "meaning": "Full council, all the elected councillors, decides something.",
      "outline": [
        "What full council decided, and when, in your own words.",
        "Any money: write each sum as the source does, add it (or its new stage) to data/funding.json with this entry's id, and list the sum's id under funding.",
        "What happens next. Put exact quotations under quotes in the fields above."
      ]
    },
    {
      "id": "scrutiny",
      "label": "Scrutiny",
      "meaning": "A committee or group of councillors examines a decision, plan or service.",
      "outline": [
        "Which committee or group looked at what, and why.",
        "What it found or recommended."
      ]
    },
    {
      "id": "plan",
      "label": "Plan",
      "meaning": "A plan is written, adopted or changed.",
      "outline": [
        "What the plan is for, and who approved it.",
        "Its parts, as a list if the source gives one.",
        "How progress will be reported, and to whom."
      ]
    },
    {
      "id": "deadline",
      "label": "Deadline",
      "meaning": "Something is due by a stated date.",
      "outline": [
        "What is due, by when and to whom, as the source states it.",
        "Whether the sources say it was met. If they do not, say so."
      ]
    },
    {
      "id": "appointment",
      "label": "Appointment",
      "meaning": "Someone is appointed to a role.",
      "outline": [
        "Who was appointed, to what role, by whom.",
        "Add the person to data/people.json with the role, and their id under people."
      ]
    },
    {
      "id": "resignation",
      "label": "Resignation",
      "meaning": "Someone resigns from a role.",
      "outline": [
        "Who resigned from what role, and any reason the sources give."
      ]
    },
    {
      "id": "government-review",
      "label": "Government review",
      "meaning": "A government department reviews the council or a service.",
      "outline": [
        "Which department reviewed what, and on whose report.",
        "What it concluded, point by point if the source lists the points."
      ]
    },
    {
      "id": "statement",
      "label": "Statement",
      "meaning": "Someone says something on the record.",
      "outline": [
        "Who said what, when, and why it matters to the record."
      ]
    }
  ],
  "sourceKinds": [
    {
      "id": "council-statement",
      "label": "Council statement",
      "meaning": "Published by the council itself: a press release, statement or web page."
    },
    {
      "id": "news-report",
      "label": "News report",
      "meaning": "Published by a newspaper, broadcaster or news website."
    },
    {
      "id": "government-publication",
      "label": "Government publication",
      "meaning": "Published by a government department or one of its inspectorates."
    }
  ],
  "funds": [
    {
      "id": "general-reserves",
      "label": "General reserves",
      "meaning": "Money the council holds back for emergencies and unplanned spending, not set aside for any one purpose."
    },
    {
      "id": "reserves",
      "label": "Reserves",
      "meaning": "Money the council holds back; the sources do not say which reserve."
    },
    {
      "id": "contingency",
      "label": "Contingency",
      "meaning": "Money set aside in the budget for costs no one could plan for."
    },
    {
      "id": "approved-budget",
      "label": "Approved budget",
      "meaning": "Money already in the budget the council approved for the year."
    },
    {
      "id": "government-grant",
      "label": "Government grant",
      "meaning": "Money the government gives the council."
    }
  ],
  "moneyStages": [
    {
      "id": "proposed",
      "label": "Proposed",
      "meaning": "Asked for; the record does not show it recommended or approved.",
      "counts": "pending"
    },
    {
      "id": "recommended",
      "label": "Recommended",
      "meaning": "Recommended to the body that decides; the record does not show it approved.",
      "counts": "pending"
    },
    {
      "id": "approved",
      "label": "Approved",
      "meaning": "Agreed by the body that decides.",
      "counts": "agreed"
    }
  ],
  "promiseStatuses": [
    {
      "id": "not-yet-rated",
      "label": "Not yet rated",
      "meaning": "No source in this record shows whether the promise was kept. This is not a judgement that it was broken."
    },
    {
      "id": "in-progress",
      "label": "In progress",
      "meaning": "A source shows that work on the promise had begun, but none shows that it was finished."
    },
    {
      "id": "kept",
      "label": "Kept",
      "meaning": "A source shows that what was promised was done."
    },
    {
      "id": "broken",
      "label": "Broken",
      "meaning": "A source shows that what was promised was not done, or not done by the date given."
    }
  ]
};
