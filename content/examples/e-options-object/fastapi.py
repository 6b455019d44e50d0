from fastapi import BackgroundTasks, FastAPI

app = FastAPI()


def write_notification(email: str, message="", urgent=False):
    prefix = "URGENT " if urgent else ""
    with open("log.txt", mode="w") as email_file:
        email_file.write(f"{prefix}notification for {email}: {message}")


@app.post("/send-notification/{email}")
async def send_notification(email: str, background_tasks: BackgroundTasks):
    background_tasks.add_task(write_notification, email, urgent=True, message="some notification")
    return {"message": "Notification sent in the background"}
