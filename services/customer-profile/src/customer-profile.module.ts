import { Module } from '@nestjs/common';
import { CustomerController } from './api/customer.controller';
import { CustomerQueries } from './application/customer.queries';
import { CustomerRepository } from './application/customer.repository';
import { RegisterCustomerUseCase } from './application/register-customer/register-customer.use-case';
import { CustomerTypeOrmRepository } from './infrastructure/customer.typeorm-repository';

@Module({
  controllers: [CustomerController],
  providers: [
    RegisterCustomerUseCase,
    CustomerQueries,
    { provide: CustomerRepository, useClass: CustomerTypeOrmRepository },
  ],
})
export class CustomerProfileModule {}
