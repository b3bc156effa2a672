// The browser entry: starts the engine worker, keeps the build following the document,
// and renders the app.

import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./ui/App.tsx";
import { startAutoBuild } from "./ui/autoBuild.ts";
import { createWorkerClient } from "./ui/workerClient.ts";
import "./ui/styles.css";

startAutoBuild(createWorkerClient());

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
