import asyncio
from concurrent.futures import ProcessPoolExecutor

from fastapi import BackgroundTasks, FastAPI

app = FastAPI()
executor = ProcessPoolExecutor()

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


async def build_report(report_id: str):
    loop = asyncio.get_running_loop()
    primes = await loop.run_in_executor(executor, count_primes, LIMIT)
    with open("log.txt", mode="a") as log:
        log.write(f"report {report_id}: {primes} primes below {LIMIT}\n")


@app.post("/reports/{report_id}")
async def create_report(report_id: str, background_tasks: BackgroundTasks):
    background_tasks.add_task(build_report, report_id)
    return {"message": "Report requested", "report_id": report_id}


@app.get("/health")
async def health():
    return {"status": "ok"}
