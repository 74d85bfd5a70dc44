import { startNormsPage } from "../../src/tab/norms-page.js";
import { stubHost } from "./stub-host.js";

const timeout = window.__teamsStub?.initTimeoutMs;
void startNormsPage(stubHost(), document.getElementById("app")!, timeout ? { initTimeoutMs: timeout } : {});
