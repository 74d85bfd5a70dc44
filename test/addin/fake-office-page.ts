// The fake Office for the task pane in Chromium: the same fake as the Node tests, installed as
// window.Office before the page's scripts run. window.__fake is the item's live data.
import { createFakeOffice, type FakeItemData } from "../../fakes/office.js";

const page = window as unknown as { __fakeState: FakeItemData; Office: unknown; __fake: FakeItemData };
const fake = createFakeOffice(page.__fakeState);
page.Office = fake.office;
page.__fake = fake.data;
