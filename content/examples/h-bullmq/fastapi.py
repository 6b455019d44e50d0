# tasks.py: the worker side, started with `celery -A tasks worker`
from celery import Celery

celery_app = Celery(
    "reports",
    broker="redis://127.0.0.1:6379/0",
    backend="redis://127.0.0.1:6379/0",
)

LIMIT = 2_000_000


def count_primes(limit: int) -> int:
    count = 0
    for n in range(2, limit):
        d = 2
        while d * d <= n:
            if n % d == 0:
                break
            d += 1
        else:
            count += 1
    return count


@celery_app.task
def build_report(report_id: str):
    return {"report_id": report_id, "primes": count_primes(LIMIT), "limit": LIMIT}


# main.py: the FastAPI side, it only puts the job in the queue
from fastapi import FastAPI
from fastapi.responses import JSONResponse

from tasks import build_report

app = FastAPI()


@app.post("/reports/{report_id}")
async def create_report(report_id: str):
    job = build_report.delay(report_id)
    return JSONResponse({"message": "Report queued", "job_id": job.id}, status_code=202)
