// Entry of config.html: the configurable tab's setup page.
import { startConfigPage } from "./config-page.js";
import { teamsHost } from "./teams-host.js";

void startConfigPage(teamsHost(), document.getElementById("app")!);
