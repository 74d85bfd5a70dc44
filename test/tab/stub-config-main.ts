import { startConfigPage } from "../../src/tab/config-page.js";
import { stubHost } from "./stub-host.js";

void startConfigPage(stubHost(), document.getElementById("app")!);
