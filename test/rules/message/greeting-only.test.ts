import greetingOnly from "../../../src/rules/message/greeting-only.js";
import { ruleTester } from "../rule-tester.js";

ruleTester.run(greetingOnly, {
  valid: [
    { text: "hi", channel: "email", why: "e-mail is not chat" },
    { text: "Hi Sam, can you review my PR by 3pm? It blocks the release.", channel: "chat" },
    { text: "Thanks!", channel: "chat", why: "not a greeting" },
    { text: "Yes", channel: "chat" },
    { text: "Good morning team, the build is green again.", channel: "chat" },
  ],
  invalid: [
    { text: "hi", channel: "chat" },
    { text: "Hey Sam!", channel: "chat" },
    { text: "hey, got a minute?", channel: "chat" },
    { text: "Hi, are you there?", channel: "chat" },
    { text: "Quick question", channel: "chat" },
    { text: "Good morning! Can I ask you something?", channel: "chat" },
  ],
});
