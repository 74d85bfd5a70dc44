// Entry of norms.html inside Teams, Outlook or the Microsoft 365 app.
import { startNormsPage } from "./norms-page.js";
import { teamsHost } from "./teams-host.js";

void startNormsPage(teamsHost(), document.getElementById("app")!);
