// background-tasks: FastAPI/Starlette's BackgroundTasks for Node.js and Web-standard runtimes.
export { App } from "./app.js";
export type { AppOptions, CloseReport, Dependencies, ErrorInfo, Handler, Method, PathParams, Resolved, RouteOptions, UnfinishedTask, WaitUntilContext } from "./app.js";
export { BackgroundTask, BackgroundTasks } from "./background.js";
export type { Dependency, RequestContext } from "./context.js";
export { HTMLResponse, HTTPException, HttpResponse, JSONResponse, PlainTextResponse } from "./responses.js";
export type { ResponseInit } from "./responses.js";
export { now } from "./trace.js";
export type * from "./trace.js";
