import { startNormsPage } from "../../src/tab/norms-page.js";
import { stubHost } from "./stub-host.js";

void startNormsPage(stubHost(), document.getElementById("app")!);
