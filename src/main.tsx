// The browser entry: opens this tab's document (or the session a link carries, as a new one),
// starts the engine worker, keeps the build and the verdict following the document, connects the
// debug session, and renders the app.

import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { loadCodeEditor } from "./ui/firstScreen.ts";
import { App } from "./ui/App.tsx";
import { startAutoBuild } from "./ui/autoBuild.ts";
import { startAutoVerify } from "./ui/autoVerify.ts";
import { startSessionBridge } from "./ui/sessionBridge.ts";
import { createWorkerClient } from "./ui/workerClient.ts";
import { openDocuments } from "./ui/stores/startup.ts";
import "./ui/styles.css";
import "./ui/listing.css";
import "./ui/debug.css";
import "./ui/inspectors.css";
import "./ui/drawer.css";
import "./ui/verifier.css";
import "./ui/problems.css";
import "./ui/verifier-pane.css";
import "./ui/cfg.css";

// The editor is the first screen: its code loads while the documents open.
void loadCodeEditor();
await openDocuments();
const client = createWorkerClient();
startAutoBuild(client);
startAutoVerify(client);
startSessionBridge(client);

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
