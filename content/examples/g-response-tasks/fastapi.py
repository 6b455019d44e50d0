from fastapi import FastAPI
from starlette.background import BackgroundTasks
from starlette.responses import JSONResponse

app = FastAPI()


def write_log(message: str):
    with open("log.txt", mode="a") as log:
        log.write(message)


@app.post("/orders/{order_id}")
async def create_order(order_id: str):
    tasks = BackgroundTasks()
    tasks.add_task(write_log, f"order {order_id} saved\n")
    tasks.add_task(write_log, f"confirmation e-mail for order {order_id}\n")
    return JSONResponse({"order_id": order_id, "status": "received"}, status_code=202, background=tasks)
