import missingPreRead from "../../../src/rules/invite/missing-pre-read.js";
import { ruleTester } from "../rule-tester.js";

const TEAMS_BLOCK = [
  "________________________________________________________________________________",
  "Microsoft Teams meeting",
  "Join on your computer, mobile app or room device",
  "Click here to join the meeting <https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc/0?context=x>",
  "Meeting ID: 123 456 789 00",
  "Passcode: AbC123",
  "Download Teams | Join on the web",
  "Or call in (audio only)",
  "+1 323-555-0100,,123456789#   United States, Los Angeles",
  "Phone Conference ID: 123 456 789#",
  "Learn More | Meeting options",
  "________________________________________________________________________________",
].join("\n");

const ZOOM_BLOCK =
  "Join Zoom Meeting\nhttps://fabrikam.zoom.us/j/9876543210?pwd=abc\n\nMeeting ID: 987 654 3210\nPasscode: 4242\nOne tap mobile\n+16699006833,,9876543210# US (San Jose)\nDial by your location\n+1 646 558 8656 US (New York)";
const MEET_BLOCK =
  "Join with Google Meet\nhttps://meet.google.com/abc-defg-hij\nJoin by phone\n(US) +1 555-010-0199 PIN: 123456789#\nMore phone numbers: https://tel.meet/abc-defg-hij?pin=1";

ruleTester.runInvite(missingPreRead, {
  valid: [
    { invite: { bodyText: "Agenda:\n1. Hiring plan\n2. Budget\n3. Risks" }, why: "numbered agenda" },
    { invite: { bodyText: "Topics\n- Headcount\n- Travel" }, why: "bulleted topics" },
    { invite: { bodyText: `Agenda:\n* Q3 OKRs\n* Launch checklist\n\n${TEAMS_BLOCK}` }, why: "agenda above the Teams block" },
    { invite: { bodyText: "Please read before: https://contoso.sharepoint.com/sites/pm/plan.docx" }, why: "linked document" },
    { invite: { bodyText: `Spec: https://www.notion.so/fabrikam/Spec-123\n${ZOOM_BLOCK}` }, why: "a doc beside the Zoom link" },
    { invite: { bodyText: "Draft attached.", attachments: [{ name: "draft-v2.docx" }] }, why: "attachment" },
    { invite: { bodyText: "Goal: agree who owns the billing migration." }, why: "a decision to take" },
    { invite: { bodyText: "We need to decide between keeping the on-prem cluster and moving to AKS." }, why: "a decision to take" },
    { invite: { bodyText: "Should we extend the beta to EU customers? What would support need from us?" }, why: "questions to settle" },
    { invite: { bodyHtml: "<p>Agenda</p><ol><li>Pricing tiers</li><li>Discount policy</li></ol>" }, why: "HTML list" },
    { invite: { isCancelled: true }, why: "cancelled" },
    { invite: { subject: "Canceled: Roadmap review" }, why: "cancelled by subject" },
    { invite: { isAllDay: true, start: "2026-03-20T00:00:00Z", end: undefined }, why: "all-day" },
    { invite: { attendees: [] }, why: "no other attendees: a focus block" },
    { invite: { attendees: [{ email: "organizer@contoso.com" }] }, why: "only the organizer" },
  ],
  invalid: [
    { invite: { subject: "Sync" } },
    { invite: { subject: "Pricing", bodyText: TEAMS_BLOCK }, findings: [{ messageIncludes: "a join link is not a pre-read" }] },
    { invite: { bodyText: ZOOM_BLOCK } },
    { invite: { bodyText: MEET_BLOCK } },
    { invite: { bodyText: "Webex meeting\nJoin meeting: https://fabrikam.webex.com/meet/jdoe\nMeeting number: 2551 234 5678\nAccess code: 2551 234 5678" } },
    { invite: { bodyText: "Let's chat about the offsite." }, why: "vague intent is not an agenda" },
    { invite: { bodyText: "Everyone shares a quick update." } },
    { invite: { bodyText: "Agenda:\n\nSee you there!" }, why: "an empty agenda heading" },
    { invite: { bodyText: "Looking forward to it! :)" } },
    { invite: { attachments: [{ name: "logo.png", isInline: true }] }, why: "an inline image is not a pre-read" },
    { invite: { recurrence: "FREQ=WEEKLY;BYDAY=MO", subject: "Team meeting" } },
  ],
});

ruleTester.runInvite(missingPreRead, {
  valid: [
    { invite: { bodyText: "Agenda: review the Q3 numbers and agree next steps" }, why: "an inline agenda" },
    { invite: { bodyText: "Purpose: align on the launch date." }, why: "a stated goal" },
    { invite: { bodyText: "Agenda:\n- Pricing\n- Packaging" }, why: "list right under the heading" },
    {
      invite: { bodyText: "Goal: <the decision or outcome we need>\nAgenda:\n1. Carrier contract renewal\n2. <topic>" },
      why: "the template with one topic filled in",
    },
    {
      invite: { bodyText: "Pre-read: <https://contoso.sharepoint.com/sites/ops/Q3-plan.docx>" },
      why: "a link in angle brackets is an address, not a placeholder",
    },
    { invite: { bodyText: "Agenda:\n1. [Decision] Approve the Q3 travel budget\n2. [FYI] New expense tool" }, why: "tags in brackets before real topics" },
    {
      invite: {
        bodyText:
          "What would you like to discuss?\nMoving our 40 seats to the annual plan before the renewal\nNeed to make a change? Reschedule: https://meetings.hubspot.com/sam/reschedule",
      },
      why: "a booking question answered with a topic",
    },
    {
      invite: { bodyText: "Please share anything that will help prepare for our meeting.: We want to compare SSO options for the clinic staff" },
      why: "the answer on the question's line",
    },
    {
      invite: {
        bodyText:
          "Event Name: Fitting (45 min)\nWhat would you like to discuss?:\nResizing my grandmother's engagement ring and a quote for a new clasp\nPowered by Calendly.com",
      },
      why: "a booking question ending in '?:', its answer on the next line",
    },
    {
      invite: { bodyText: "Is there anything you'd especially like to ask about?: Whether the loft conversion needs planning permission" },
      why: "a booking question worded with 'especially … ask about', answered",
    },
    {
      invite: { bodyText: "What are you looking for?: A used van for a flower business, under 60k miles" },
      why: "a booking tool's 'looking for' question, answered",
    },
    {
      invite: { bodyText: "Hi all,\n\nWe'll go over the tenant survey results and the two options for the bin store.\n\nJo" },
      why: "topics in prose after 'go over'",
    },
    {
      invite: { bodyText: "Please read before: https://contoso.sharepoint.com/sites/help-desk/Shared%20Documents/Rota.docx" },
      why: "a document on a site named help-desk",
    },
    { invite: { bodyText: "Notes so far: https://teams.microsoft.com/l/file/ABC123?tenantId=x&fileType=docx" }, why: "a file shared in Teams is a document" },
    // What the invite does not say in its body but in its title, or in the original it forwards.
    { invite: { subject: "Should we move the gala to October?", bodyText: "" }, why: "the title asks the question to settle" },
    { invite: { subject: "Review Q3 hiring plan", bodyText: "" }, why: "the title names what is done to what" },
    {
      invite: {
        bodyText:
          "FYI, see below.\n\n-----Original Appointment-----\nFrom: Ana Diaz\nSent: Monday, March 2, 2026 8:00 AM\nTo: Design team\nSubject: Pump redesign\n\nAgenda:\n1. Option A: keep the housing\n2. Option B: new casting",
      },
      why: "a forwarded invite: the original's agenda",
    },
    { invite: { bodyText: "Tagesordnung: 1) Ausbeuteeinbruch Los D4 2) Freigabe des Ätzrezepts 3) Wartungsfenster KW 6" }, why: "topics numbered on one line" },
    { invite: { bodyText: "Reason for visit: Chipped lower left molar last night, sensitive to cold." }, why: "a booking form's reason, answered" },
    {
      invite: { bodyText: "What would you like help with?: Our two cats fight at night since we moved; the older one has stopped eating." },
      why: "a booking tool's question, answered with the problem",
    },
    // A question about the meeting itself, with its topic named beside it or in it.
    { invite: { bodyText: "This is the one about the tram depot noise complaints, can you cover for me?" }, why: "the topic stands beside the question" },
    { invite: { bodyText: "Shall we have a quick call about moving the depot audit to May?" }, why: "a call about something" },
    { invite: { bodyText: "Can you cover the Q3 freight numbers and the carrier shortlist?" }, why: "'cover' as in going through topics" },
    { invite: { bodyText: "Can we find 30 mins to go through the Q3 freight invoices?" }, why: "time asked for, and what for" },
    { invite: { bodyText: "I'll walk you through the new rota and the cover rules." }, why: "'walk through' with a topic" },
  ],
  invalid: [
    { invite: { bodyText: "Agenda: to be shared" }, why: "a promise of an agenda" },
    // Questions about the meeting itself, not its topic: who goes, whether to meet.
    {
      invite: { subject: "FW: Weekly stand-in", bodyText: "Hi Omar, can you cover this one for me? I'm at the other site all day." },
      why: "asks a colleague to go instead",
    },
    { invite: { subject: "Huddle", bodyText: "hop on a huddle at 3?\nhttps://app.slack.com/huddle/T01/C02" }, why: "whether to meet" },
    { invite: { subject: "Catch-up", bodyText: "Hi Fatima,\n\nShall we have a catch-up next week? Shout if Tuesday doesn't work." }, why: "whether to meet" },
    { invite: { subject: "Llamada rápida", bodyText: "Hola Pablo, ¿hablamos un momento antes de comer?" }, why: "whether to talk, in Spanish" },
    { invite: { subject: "Quick chat", bodyText: "Have you got 15 mins Thursday?" }, why: "asks for time, not what for" },
    { invite: { subject: "Catch up", bodyText: "Hi both, can we grab 20 mins on Thursday?" }, why: "the same" },
    {
      invite: { subject: "Rachel / Sophie", bodyText: "Hi Sophie,\nCan we find 30 mins to go through things?\nThanks,\nRachel" },
      why: "'go through things' names nothing",
    },
    { invite: { subject: "Quick sync", bodyText: "Will walk you through it on the call." }, why: "'walk you through it' names nothing" },
    {
      invite: { subject: "Research appointment", bodyText: "Name: Graham Lyle\nWhat are you researching? (optional):\nPlease bring your library card." },
      why: "a booking form's question left blank",
    },
    { invite: { bodyText: "Agenda:\n1. TBD" }, why: "a placeholder item" },
    // Our own fix, inserted and left unfilled, in each language it is written in.
    {
      invite: { bodyText: "Goal: <the decision or outcome we need>\nAgenda:\n1. <topic>\n2. <topic>\nPre-read: <link to the document>" },
      why: "our template, unfilled",
    },
    {
      invite: { bodyText: "Ziel: <die Entscheidung oder das Ergebnis, das wir brauchen>\nAgenda:\n1. <Thema>\n2. <Thema>\nVorab lesen: <Link zum Dokument>" },
      why: "the German template, unfilled",
    },
    {
      invite: { bodyText: "Agenda:\n1. [add topic]\n2. [add topic]\n\nJoin: https://teams.microsoft.com/l/meetup-join/19%3ameeting_x/0" },
      why: "placeholders in square brackets",
    },
    { invite: { bodyText: "Objective: {decision}\nTopics: {topic 1}, {topic 2}" }, why: "placeholders in braces" },
    // Pages about the meeting's logistics are not documents to read.
    { invite: { bodyText: "Parking is behind the building: https://maps.app.goo.gl/Xr7pT2mLq9vN4bWz8" }, why: "a map" },
    { invite: { bodyText: "Directions: https://www.google.com/maps/place/Harbor+St" }, why: "a map on google.com" },
    {
      invite: { bodyText: "Cancel: https://calendly.com/cancellations/f848 Reschedule: https://calendly.com/reschedulings/f848" },
      why: "a booking tool's own links",
    },
    { invite: { bodyText: "Reschedule or cancel here: https://meetings.hubspot.com/sandeep-gill/reschedule" }, why: "HubSpot's reschedule page" },
    // A booking tool's host holds booking pages only: this one books a meeting called "roadmap brief".
    { invite: { bodyText: "Brief: https://calendly.com/acme/roadmap-brief" }, why: "any page of a booking tool" },
    { invite: { bodyText: "Book a follow-up: https://meetings-eu1.hubspot.com/beatrix-lomax" }, why: "HubSpot's regional booking host" },
    // A signature's links and a service's own pages.
    { invite: { bodyText: "Oakfinch Design\nhttps://www.oakfinch.example\nhttps://www.linkedin.com/company/oakfinch" }, why: "a home page and a profile" },
    { invite: { bodyText: "Download Amazon Chime at https://aws.amazon.com/chime/download" }, why: "a download page" },
    { invite: { bodyText: "Notes: please see attached" }, why: "an attachment mentioned, none attached" },
    { invite: { bodyText: "Pre-read TBC." }, why: "a pre-read promised" },
    {
      invite: { bodyText: "What would you like to discuss?: -\nCompany: Halvorsen Dental Group\nHow many open roles?: 2-5" },
      why: "a booking form answered with a dash, and its other fields",
    },
    {
      invite: { bodyText: "The room is booked for us.\n\nSamir\n\nSamir Haddad | Director\nParks & Recreation | City of Port Halden" },
      why: "a signature laid out as a two-row table",
    },
    {
      invite: { bodyText: "1:00 PM - 1:30 PM (UTC-06:00) Central Time (US & Canada)\nStaff: Janelle Fox" },
      why: "a booking's time and zone",
    },
    { invite: { subject: "Sync w/ Connor", bodyText: "Zoom link above" }, why: "English shorthand, not Polish" },
    {
      invite: { bodyText: "Manage your booking: https://outlook.office365.com/book/Parks@contoso.com/manage/bfd0?ismsaljsauthenabled=true" },
      why: "Microsoft Bookings' manage page",
    },
    {
      invite: {
        bodyText:
          "Teams help for guests: https://contoso.sharepoint.com/sites/IT/SitePages/Teams-help.aspx\nOur privacy notice: https://www.contoso.com/privacy",
      },
      why: "help and privacy pages",
    },
    // A booking tool's questions left unanswered, and its own lines, are no topic.
    {
      invite: {
        bodyText:
          "Event Name: 30 Minute Meeting\nPlease share anything that will help prepare for our meeting.:\nNeed to make changes to this event?\nCancel: https://calendly.com/cancellations/ab12\nReschedule: https://calendly.com/reschedulings/ab12",
      },
      why: "Calendly with its question unanswered",
    },
    {
      invite: { bodyText: "Scheduled with SavvyCal\nAnything you'd like Sasha to know beforehand?\n(no answer)\nNeed to make a change?" },
      why: "SavvyCal's question, no answer",
    },
    { invite: { bodyText: "What would you like to discuss?\n-\nWant to test your video connection?" }, why: "HubSpot's question answered with a dash" },
    {
      invite: {
        bodyText:
          "Name: Priya Shah\nCompany: Northgate Vets\nAnything we should know before the call?:\n\nChange/cancel appointment: https://app.acuityscheduling.com/schedule.php?owner=1",
      },
      why: "Acuity's question left blank",
    },
    { invite: { bodyText: "Looking forward to it, we'll go over everything then." }, why: "'go over' with nothing named" },
    { invite: { bodyText: "Agenda:\nSee you there!" }, why: "a pleasantry under the heading" },
    { invite: { bodyText: "Agenda to follow." } },
    { invite: { bodyText: "Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_x/0" }, why: "a Teams join link" },
  ],
});
