background_tasks.add_task(write_notification, email, message="some notification")
